import { idParams } from "@/lib/api/params";
import { apiRoute } from "@/lib/api/route";
import { runItemChangesSchema } from "@/lib/runs/api-schemas";
import { changesQuerySchema, runItemChanges } from "@/lib/runs/item-changes";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

/** The run's items changed since `since` (a cursor from the items listing or an earlier answer). */
export const GET = apiRoute(
  { role: "reviewer", summary: "A run's items changed since a cursor of the items listing or an earlier answer.", params: idParams, query: changesQuerySchema, response: runItemChangesSchema },
  async ({ params, query }) => runItemChanges(params.id, query.since),
);

export const { POST, PUT, PATCH, DELETE } = methodNotAllowed("GET");
