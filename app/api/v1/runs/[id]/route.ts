import { idParams } from "@/lib/api/params";
import { apiRoute } from "@/lib/api/route";
import { getRun } from "@/lib/runs/views";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

export const GET = apiRoute({ role: "reviewer", params: idParams }, async ({ params }) => ({ run: await getRun(params.id) }));

export const { POST, PUT, PATCH, DELETE } = methodNotAllowed("GET");
