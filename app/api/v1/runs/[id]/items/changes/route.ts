import { idParams } from "@/lib/api/params";
import { apiRoute } from "@/lib/api/route";
import { changesQuerySchema, runItemChanges } from "@/lib/runs/item-changes";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

/** The run's items changed since `since` (a cursor from the items listing or an earlier answer). */
export const GET = apiRoute({ role: "reviewer", params: idParams, query: changesQuerySchema }, async ({ params, query }) => runItemChanges(params.id, query.since));

export const { POST, PUT, PATCH, DELETE } = methodNotAllowed("GET");
