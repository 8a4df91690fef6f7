import { z } from "zod";
import { idParams } from "@/lib/api/params";
import { apiRoute, raw } from "@/lib/api/route";
import { exportRunCsv } from "@/lib/runs/export";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

// Each item's verdict as JSON (what a CI report is made of) is GET …/outcomes.
const query = z.object({ format: z.literal("csv", { error: "format is csv; the items' verdicts as JSON are GET /api/v1/runs/{id}/outcomes." }).optional() }).strict();

export const GET = apiRoute(
  { role: "reviewer", summary: "Download a run's items as CSV (an attachment).", params: idParams, query, response: raw("text/csv", "One line per item: its case, variant, status, verdict and the answer's columns (as in a session export).") },
  async ({ params }) => {
    const file = await exportRunCsv(params.id);
    return new Response(file.body, { headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="${file.filename}"` } });
  },
);

export const { POST, PUT, PATCH, DELETE } = methodNotAllowed("GET");
