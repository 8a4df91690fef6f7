import { z } from "zod";
import { idParams } from "@/lib/api/params";
import { apiRoute } from "@/lib/api/route";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";
import { routingProjectionSchema } from "@/lib/decide/routing/api-schemas";
import { routingRequestSchema, runRoutingWhatIf } from "@/lib/decide/routing/run-what-if";

/** A routing, cascade or fallback what-if over the run's stored answers (no new calls): the
 * policy's projected figures next to each single variant's, with bootstrap intervals. Reads
 * only, so a reviewer may ask. */
export const POST = apiRoute(
  { role: "reviewer", summary: "Project a routing, cascade or fallback policy over a finished replay's stored answers (no new calls).", params: idParams, body: routingRequestSchema, response: z.object({ projection: routingProjectionSchema }) },
  async ({ params, body }) => ({ projection: await runRoutingWhatIf(params.id, body) }),
);

export const { GET, PUT, PATCH, DELETE } = methodNotAllowed("POST");
