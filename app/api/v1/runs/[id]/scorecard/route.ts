import { z } from "zod";
import { idParams } from "@/lib/api/params";
import { apiRoute } from "@/lib/api/route";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";
import { runScorecard } from "@/lib/decide/scorecard";
import { scorecardCsv, scorecardMarkdown } from "@/lib/decide/scorecard-export";
import { weightsQuery } from "@/lib/decide/scorecard-weights";

const query = z
  .object({
    format: z.enum(["json", "csv", "md"], { error: "format is json, csv or md." }).optional(),
    weights: weightsQuery.optional(),
  })
  .strict();

/** `?format=` wins; otherwise an Accept of text/csv or text/markdown picks the export. */
function formatOf(request: Request, asked: "json" | "csv" | "md" | undefined) {
  if (asked) return asked;
  const accept = request.headers.get("accept") ?? "";
  return accept.includes("text/csv") ? "csv" : accept.includes("text/markdown") ? "md" : "json";
}

const slug = (name: string) => (name || "run").replace(/[^\w.-]+/g, "-");

/** The run's variants scored and ranked, each figure with its 95 % interval, and the frontiers;
 * `?weights=pass_rate:3,…` previews other weights than the dataset's saved ones. */
export const GET = apiRoute({ role: "reviewer", params: idParams, query }, async ({ request, params, query }) => {
  const scorecard = await runScorecard(params.id, { weights: query.weights });
  const format = formatOf(request, query.format);
  if (format === "json") return { scorecard };
  const [body, type, extension] = format === "csv" ? [scorecardCsv(scorecard), "text/csv", "csv"] : [scorecardMarkdown(scorecard), "text/markdown", "md"];
  return new Response(body, { headers: { "content-type": `${type}; charset=utf-8`, "content-disposition": `attachment; filename="${slug(scorecard.run.name)}-scorecard.${extension}"` } });
});

export const { POST, PUT, PATCH, DELETE } = methodNotAllowed("GET");
