import { idParams } from "@/lib/api/params";
import { apiRoute } from "@/lib/api/route";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";
import { routingRequestSchema, runRoutingWhatIf } from "@/lib/decide/routing/run-what-if";

/** A routing, cascade or fallback what-if over the run's stored answers (no new calls): the
 * policy's projected figures next to each single variant's, with bootstrap intervals. Reads
 * only, so a reviewer may ask. */
export const POST = apiRoute({ role: "reviewer", params: idParams, body: routingRequestSchema }, async ({ params, body }) => ({ projection: await runRoutingWhatIf(params.id, body) }));

export const { GET, PUT, PATCH, DELETE } = methodNotAllowed("POST");
