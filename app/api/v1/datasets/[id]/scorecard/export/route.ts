import { z } from "zod";
import { idParams } from "@/lib/api/params";
import { apiRoute, raw } from "@/lib/api/route";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";
import { datasetScorecard, datasetScorecardQuery } from "@/lib/decide/scorecard-across-runs";
import { scorecardCsv, scorecardMarkdown } from "@/lib/decide/scorecard-export";

const query = datasetScorecardQuery.extend({ format: z.enum(["csv", "md"], { error: "format is csv or md." }).default("csv") });

const slug = (name: string) => name.replace(/[^\w.-]+/g, "-") || "dataset";

/** The dataset scorecard (same `runs` and `weights`) as the CSV or Markdown file the run page exports. */
export const GET = apiRoute(
  { role: "reviewer", summary: "Download the dataset scorecard as CSV or Markdown (an attachment).", params: idParams, query, response: raw("application/octet-stream", "The scorecard as text/csv or text/markdown, as `format` asks.") },
  async ({ params, query }) => {
    const scorecard = await datasetScorecard(params.id, { runIds: query.runs, weights: query.weights });
    const [body, type] = query.format === "csv" ? [scorecardCsv(scorecard), "text/csv"] : [scorecardMarkdown({ ...scorecard, run: { name: scorecard.dataset.name } }), "text/markdown"];
    return new Response(body, { headers: { "content-type": `${type}; charset=utf-8`, "content-disposition": `attachment; filename="${slug(scorecard.dataset.name)}-scorecard.${query.format}"` } });
  },
);

export const { POST, PUT, PATCH, DELETE } = methodNotAllowed("GET");
