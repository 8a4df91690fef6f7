import { z } from "zod";
import { idParams } from "@/lib/api/params";
import { apiRoute } from "@/lib/api/route";
import { renderedPromptSchema } from "@/lib/prompts/api-schemas";
import { renderPrompt, renderSchema } from "@/lib/prompts/service";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

/** {version?, values} → the version's messages with the variables filled in (for previews). */
export const POST = apiRoute(
  { role: "reviewer", summary: "A version (the latest by default) with its variables filled in; a missing value is a 400 naming it.", params: idParams, body: renderSchema, response: z.object({ rendered: renderedPromptSchema }) },
  async ({ params, body }) => ({ rendered: await renderPrompt(params.id, body) }),
);

export const { GET, PUT, PATCH, DELETE } = methodNotAllowed("POST");
