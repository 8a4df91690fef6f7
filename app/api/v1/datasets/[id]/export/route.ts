import { idParams } from "@/lib/api/params";
import { apiRoute } from "@/lib/api/route";
import { exportDatasetJsonl } from "@/lib/datasets/service";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

export const GET = apiRoute({ role: "reviewer", params: idParams }, async ({ params }) => {
  const file = await exportDatasetJsonl(params.id);
  return new Response(file.body, { headers: { "content-type": "application/x-ndjson", "content-disposition": `attachment; filename="${file.filename}"` } });
});

export const { POST, PUT, PATCH, DELETE } = methodNotAllowed("GET");
