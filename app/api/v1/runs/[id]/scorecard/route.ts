import { z } from "zod";
import { idParams } from "@/lib/api/params";
import { apiRoute } from "@/lib/api/route";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";
import { oneRunScorecardSchema } from "@/lib/decide/run-scorecard-schema";
import { runScorecard } from "@/lib/decide/scorecard";
import { weightsQuery } from "@/lib/decide/scorecard-weights";

// CSV and Markdown are ./export: one route, one kind of answer.
const query = z
  .object({
    format: z.literal("json", { error: "format is json; CSV and Markdown are GET /api/v1/runs/{id}/scorecard/export." }).optional(),
    weights: weightsQuery.optional(),
  })
  .strict();

/** The run's variants scored and ranked, each figure with its 95 % interval, and the frontiers;
 * `?weights=pass_rate:3,…` previews other weights than the dataset's saved ones. */
export const GET = apiRoute(
  { role: "reviewer", summary: "A replay's variants scored and ranked, each figure with its 95 % interval, and the Pareto frontiers.", params: idParams, query, response: oneRunScorecardSchema },
  async ({ params, query }) => ({ scorecard: await runScorecard(params.id, { weights: query.weights }) }),
);

export const { POST, PUT, PATCH, DELETE } = methodNotAllowed("GET");
