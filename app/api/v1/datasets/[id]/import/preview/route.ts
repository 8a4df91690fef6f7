import { idParams } from "@/lib/api/params";
import { apiRoute } from "@/lib/api/route";
import { importPreviewSchema } from "@/lib/datasets/api-schemas";
import { previewSchema } from "@/lib/datasets/import-preview";
import { previewDatasetImport } from "@/lib/datasets/service";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

/** {format, content, delimiter?, mapping?} → the columns, the mapping in effect, the first rows
 * and every problem, without importing anything. */
export const POST = apiRoute(
  { role: "editor", summary: "What importing a file would do: columns, mapping, first rows and problems. Imports nothing.", params: idParams, body: previewSchema, maxBodyBytes: 20_000_000, response: importPreviewSchema },
  async ({ params, body }) => previewDatasetImport(params.id, body),
);

export const { GET, PUT, PATCH, DELETE } = methodNotAllowed("POST");
