import { idParams } from "@/lib/api/params";
import { apiRoute } from "@/lib/api/route";
import { onePromptSchema } from "@/lib/prompts/api-schemas";
import { getPrompt } from "@/lib/prompts/service";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

export const GET = apiRoute({ role: "reviewer", summary: "A prompt with all its versions, newest first.", params: idParams, response: onePromptSchema }, async ({ params }) => ({
  prompt: await getPrompt(params.id),
}));

export const { POST, PUT, PATCH, DELETE } = methodNotAllowed("GET");
