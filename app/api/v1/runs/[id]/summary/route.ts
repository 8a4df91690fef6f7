import { z } from "zod";
import { idParams } from "@/lib/api/params";
import { apiRoute } from "@/lib/api/route";
import { runSummary } from "@/lib/runs/summary";
import { runSummaryCsv } from "@/lib/runs/summary-export";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

const query = z.object({ format: z.enum(["json", "csv"], { error: "format is json or csv." }).optional() }).strict();

export const GET = apiRoute({ role: "reviewer", params: idParams, query }, async ({ params, query }) => {
  if (query.format !== "csv") return { summary: await runSummary(params.id) };
  const file = await runSummaryCsv(params.id);
  return new Response(file.body, { headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="${file.filename}"` } });
});

export const { POST, PUT, PATCH, DELETE } = methodNotAllowed("GET");
