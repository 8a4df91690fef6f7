import { idParams } from "@/lib/api/params";
import { apiRoute } from "@/lib/api/route";
import { importResultSchema } from "@/lib/datasets/api-schemas";
import { importCases, importSchema } from "@/lib/datasets/service";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

/** {format: csv|jsonl|openai_logs, content} — all or nothing; 400 lists the bad lines. */
export const POST = apiRoute(
  { role: "editor", summary: "Import test cases from CSV, JSONL or OpenAI chat logs, all or nothing.", params: idParams, body: importSchema, maxBodyBytes: 20_000_000, response: importResultSchema },
  async ({ params, body }) => importCases(params.id, body),
);

export const { GET, PUT, PATCH, DELETE } = methodNotAllowed("POST");
