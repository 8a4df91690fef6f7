import { idParams } from "@/lib/api/params";
import { apiRoute } from "@/lib/api/route";
import { itemsQuerySchema } from "@/lib/runs/schemas";
import { listRunItems } from "@/lib/runs/views";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

export const GET = apiRoute({ role: "reviewer", params: idParams, query: itemsQuerySchema }, async ({ params, query }) => listRunItems(params.id, query));

export const { POST, PUT, PATCH, DELETE } = methodNotAllowed("GET");
