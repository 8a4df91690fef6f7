import { z } from "zod";
import { idParams } from "@/lib/api/params";
import { apiRoute } from "@/lib/api/route";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";
import { datasetScorecard } from "@/lib/decide/scorecard-across-runs";
import { scorecardCsv, scorecardMarkdown } from "@/lib/decide/scorecard-export";
import { weightsQuery } from "@/lib/decide/scorecard-weights";

const runIds = z
  .string()
  .transform((value) => value.split(",").map((part) => part.trim()).filter(Boolean))
  .pipe(z.array(z.uuid({ error: "runs is a comma-separated list of run ids." })).min(1, { error: "runs names at least one run." }).max(50, { error: "runs names at most 50 runs." }));

const query = z.object({ runs: runIds.optional(), weights: weightsQuery.optional(), format: z.enum(["json", "csv", "md"], { error: "format is json, csv or md." }).optional() }).strict();

/** The dataset's variants on one scorecard, each from the latest of the runs (`?runs=a,b`, default
 * every finished replay of the dataset) that included it. */
export const GET = apiRoute({ role: "reviewer", params: idParams, query }, async ({ params, query }) => {
  const scorecard = await datasetScorecard(params.id, { runIds: query.runs, weights: query.weights });
  if (!query.format || query.format === "json") return { scorecard };
  const body = query.format === "csv" ? scorecardCsv(scorecard) : scorecardMarkdown({ ...scorecard, run: { name: scorecard.dataset.name } });
  return new Response(body, { headers: { "content-type": `${query.format === "csv" ? "text/csv" : "text/markdown"}; charset=utf-8` } });
});

export const { POST, PUT, PATCH, DELETE } = methodNotAllowed("GET");
