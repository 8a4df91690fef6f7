import { z } from "zod";
import { apiRoute } from "@/lib/api/route";
import { completionAsCurl } from "@/lib/compare/request-as-curl";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

const params = z.object({ id: z.uuid({ error: "Ids are UUIDs." }), completionId: z.uuid({ error: "Ids are UUIDs." }) });

/** The answer's request as a curl command, with the key as $OPENAI_API_KEY / $ANTHROPIC_API_KEY. */
export const GET = apiRoute({ role: "reviewer", summary: "An answer's request as a curl command; the key stays a variable ($OPENAI_API_KEY, $ANTHROPIC_API_KEY).", params, response: z.object({ curl: z.string() }) }, async ({ params }) => ({ curl: await completionAsCurl(params.id, params.completionId) }));

export const { POST, PUT, PATCH, DELETE } = methodNotAllowed("GET");
