import { apiRoute } from "@/lib/api/route";
import { exportReviews, reviewExportSchema } from "@/lib/review/export";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

/** ?kind=votes|ratings&format=csv|json[&sessionId=|runId=|datasetId=] */
export const GET = apiRoute({ role: "reviewer", query: reviewExportSchema }, async ({ query }) => {
  const file = await exportReviews(query);
  return new Response(file.body, { headers: { "content-type": file.contentType, "content-disposition": `attachment; filename="${file.filename}"` } });
});

export const { POST, PUT, PATCH, DELETE } = methodNotAllowed("GET");
