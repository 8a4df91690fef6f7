import { z } from "zod";
import { idParams } from "@/lib/api/params";
import { apiRoute } from "@/lib/api/route";
import { exportRunCsv } from "@/lib/runs/export";
import { runOutcomes } from "@/lib/runs/outcomes";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

const query = z.object({ format: z.enum(["csv", "json"], { error: "format is csv or json." }).optional() }).strict();

/** The items as CSV, or (format=json) each item's verdict with its assertions' reasons: what a
 * CI report is made of (`juxta … --junit`). */
export const GET = apiRoute({ role: "reviewer", params: idParams, query }, async ({ params, query }) => {
  if (query.format === "json") return runOutcomes(params.id);
  const file = await exportRunCsv(params.id);
  return new Response(file.body, { headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="${file.filename}"` } });
});

export const { POST, PUT, PATCH, DELETE } = methodNotAllowed("GET");
