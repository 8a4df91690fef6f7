import { z } from "zod";
import { idParams } from "@/lib/api/params";
import { apiRoute, raw } from "@/lib/api/route";
import { exportFormats, exportSession } from "@/lib/sessions/export";
import { getSession } from "@/lib/sessions/service";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

const query = z.object({ format: z.enum(exportFormats).default("json") });

export const GET = apiRoute({ role: "reviewer", summary: "Download a session as JSON, CSV or Markdown (an attachment).", params: idParams, query, response: raw("application/octet-stream", "The session as a file: application/json, text/csv or text/markdown, as `format` asks.") }, async ({ params, query }) => {
  const file = exportSession(await getSession(params.id), query.format);
  return new Response(file.body, {
    headers: { "content-type": file.contentType, "content-disposition": `attachment; filename="${file.filename}"` },
  });
});

export const { POST, PUT, PATCH, DELETE } = methodNotAllowed("GET");
