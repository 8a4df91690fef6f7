import { z } from "zod";
import { idParams } from "@/lib/api/params";
import { apiRoute } from "@/lib/api/route";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";
import { runComparisonsSchema } from "@/lib/evidence/api-schemas";
import { runComparisons } from "@/lib/evidence/run-comparisons";

const query = z.object({ against: z.uuid({ error: "against is a run id." }).optional() }).strict();

/** Paired comparisons: the run's variants pair by pair, and each variant against the baseline run
 * (or `?against=<run id>`), with n, difference, 95 % interval, p-value and significance. */
export const GET = apiRoute(
  { role: "reviewer", summary: "Paired comparisons: the run's variants pair by pair, and each against the baseline run (or ?against=).", params: idParams, query, response: runComparisonsSchema },
  async ({ params, query }) => runComparisons(params.id, { againstRunId: query.against }),
);

export const { POST, PUT, PATCH, DELETE } = methodNotAllowed("GET");
