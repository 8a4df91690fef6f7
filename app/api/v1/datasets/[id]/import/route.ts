import { idParams } from "@/lib/api/params";
import { apiRoute } from "@/lib/api/route";
import { importCases, importSchema } from "@/lib/datasets/service";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

/** {format: csv|jsonl|openai_logs, content} — all or nothing; 400 lists the bad lines. */
export const POST = apiRoute({ role: "editor", params: idParams, body: importSchema, maxBodyBytes: 20_000_000 }, async ({ params, body }) => importCases(params.id, body));

export const { GET, PUT, PATCH, DELETE } = methodNotAllowed("POST");
