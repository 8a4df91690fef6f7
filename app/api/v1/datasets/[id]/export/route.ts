import { idParams } from "@/lib/api/params";
import { apiRoute, raw } from "@/lib/api/route";
import { exportDatasetJsonl } from "@/lib/datasets/service";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

export const GET = apiRoute(
  { role: "reviewer", summary: "Download the dataset's cases as JSONL (an attachment) that imports back the same.", params: idParams, response: raw("application/x-ndjson", "One JSON object per case, in the shape a jsonl import reads.") },
  async ({ params }) => {
    const file = await exportDatasetJsonl(params.id);
    return new Response(file.body, { headers: { "content-type": "application/x-ndjson", "content-disposition": `attachment; filename="${file.filename}"` } });
  },
);

export const { POST, PUT, PATCH, DELETE } = methodNotAllowed("GET");
