import { apiRoute, raw } from "@/lib/api/route";
import { exportReviews, reviewExportSchema } from "@/lib/review/export";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

/** ?kind=votes|ratings&format=csv|json[&sessionId=|runId=|datasetId=] */
export const GET = apiRoute(
  { role: "reviewer", summary: "Download the votes or ratings (in a session, run or dataset's runs) as CSV or JSON (an attachment).", query: reviewExportSchema, response: raw("application/octet-stream", "The votes or ratings as text/csv or application/json, as `format` asks.") },
  async ({ query }) => {
    const file = await exportReviews(query);
    return new Response(file.body, { headers: { "content-type": file.contentType, "content-disposition": `attachment; filename="${file.filename}"` } });
  },
);

export const { POST, PUT, PATCH, DELETE } = methodNotAllowed("GET");
