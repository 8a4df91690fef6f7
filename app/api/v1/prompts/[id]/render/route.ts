import { idParams } from "@/lib/api/params";
import { apiRoute } from "@/lib/api/route";
import { renderPrompt, renderSchema } from "@/lib/prompts/service";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

/** {version?, values} → the version's messages with the variables filled in (for previews). */
export const POST = apiRoute({ role: "reviewer", params: idParams, body: renderSchema }, async ({ params, body }) => renderPrompt(params.id, body));

export const { GET, PUT, PATCH, DELETE } = methodNotAllowed("POST");
