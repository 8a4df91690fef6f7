import { idParams } from "@/lib/api/params";
import { apiRoute } from "@/lib/api/route";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";
import { datasetScorecardSchema } from "@/lib/decide/api-schemas";
import { datasetScorecard, datasetScorecardQuery } from "@/lib/decide/scorecard-across-runs";

/** The dataset's variants on one scorecard, each from the latest of the runs (`?runs=a,b`, default
 * every finished replay of the dataset) that included it. CSV and Markdown: ./export. */
export const GET = apiRoute(
  {
    role: "reviewer",
    summary: "The dataset's variants on one scorecard, each from the latest chosen finished replay that included it.",
    params: idParams,
    query: datasetScorecardQuery,
    response: datasetScorecardSchema,
  },
  async ({ params, query }) => ({ scorecard: await datasetScorecard(params.id, { runIds: query.runs, weights: query.weights }) }),
);

export const { POST, PUT, PATCH, DELETE } = methodNotAllowed("GET");
