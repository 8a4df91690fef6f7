import { idParams } from "@/lib/api/params";
import { apiRoute } from "@/lib/api/route";
import { exportRunCsv } from "@/lib/runs/export";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

export const GET = apiRoute({ role: "reviewer", params: idParams }, async ({ params }) => {
  const file = await exportRunCsv(params.id);
  return new Response(file.body, { headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="${file.filename}"` } });
});

export const { POST, PUT, PATCH, DELETE } = methodNotAllowed("GET");
