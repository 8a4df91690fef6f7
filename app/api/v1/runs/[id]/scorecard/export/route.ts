import { z } from "zod";
import { idParams } from "@/lib/api/params";
import { apiRoute, raw } from "@/lib/api/route";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";
import { runScorecard } from "@/lib/decide/scorecard";
import { scorecardCsv, scorecardMarkdown } from "@/lib/decide/scorecard-export";
import { weightsQuery } from "@/lib/decide/scorecard-weights";

const query = z.object({ format: z.enum(["csv", "md"], { error: "format is csv or md." }).optional(), weights: weightsQuery.optional() }).strict();

/** `?format=` wins; otherwise an Accept of text/markdown picks Markdown, anything else CSV. */
const formatOf = (request: Request, asked: "csv" | "md" | undefined) => asked ?? ((request.headers.get("accept") ?? "").includes("text/markdown") ? "md" : "csv");

const slug = (name: string) => (name || "run").replace(/[^\w.-]+/g, "-");

export const GET = apiRoute(
  {
    role: "reviewer",
    summary: "Download a replay's scorecard as CSV or Markdown (an attachment).",
    params: idParams,
    query,
    response: raw("application/octet-stream", "The scorecard as text/csv or text/markdown, as `format` (or Accept) asks; `weights` previews other weights."),
  },
  async ({ request, params, query }) => {
    const scorecard = await runScorecard(params.id, { weights: query.weights });
    const format = formatOf(request, query.format);
    const [body, type] = format === "csv" ? [scorecardCsv(scorecard), "text/csv"] : [scorecardMarkdown(scorecard), "text/markdown"];
    return new Response(body, { headers: { "content-type": `${type}; charset=utf-8`, "content-disposition": `attachment; filename="${slug(scorecard.run.name)}-scorecard.${format}"` } });
  },
);

export const { POST, PUT, PATCH, DELETE } = methodNotAllowed("GET");
