import { idParams } from "@/lib/api/params";
import { apiRoute } from "@/lib/api/route";
import { runItemsPageSchema } from "@/lib/runs/api-schemas";
import { itemsQuerySchema } from "@/lib/runs/schemas";
import { listRunItems } from "@/lib/runs/views";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

export const GET = apiRoute(
  { role: "reviewer", summary: "A page of a run's items in planned order, with a cursor for the changes since.", params: idParams, query: itemsQuerySchema, response: runItemsPageSchema },
  async ({ params, query }) => listRunItems(params.id, query),
);

export const { POST, PUT, PATCH, DELETE } = methodNotAllowed("GET");
