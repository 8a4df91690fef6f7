import { z } from "zod";
import { idParams } from "@/lib/api/params";
import { apiRoute, raw } from "@/lib/api/route";
import { runSummaryCsv } from "@/lib/runs/summary-export";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

const query = z.object({ format: z.literal("csv", { error: "format is csv." }).optional() }).strict();

export const GET = apiRoute(
  {
    role: "reviewer",
    summary: "Download the run page's summary table as CSV (an attachment).",
    params: idParams,
    query,
    response: raw("text/csv", "The summary table per variant (per level in a load run) with its raw figures, one column per figure."),
  },
  async ({ params }) => {
    const file = await runSummaryCsv(params.id);
    return new Response(file.body, { headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="${file.filename}"` } });
  },
);

export const { POST, PUT, PATCH, DELETE } = methodNotAllowed("GET");
