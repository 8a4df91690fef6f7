import { z } from "zod";
import { apiRoute } from "@/lib/api/route";
import { onePromptSchema, promptListItemSchema } from "@/lib/prompts/api-schemas";
import { createPrompt, createPromptSchema, listPrompts } from "@/lib/prompts/service";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

export const GET = apiRoute({ role: "reviewer", summary: "Every prompt by name, with its latest version.", response: z.object({ prompts: z.array(promptListItemSchema) }) }, async () => ({
  prompts: await listPrompts(),
}));

export const POST = apiRoute(
  { role: "editor", summary: "Create a prompt with its version 1 (its {{variables}} are found in the messages).", body: createPromptSchema, response: onePromptSchema, status: 201 },
  async ({ body, user }) => ({ prompt: await createPrompt(body, user.id) }),
);

export const { PUT, PATCH, DELETE } = methodNotAllowed("GET", "POST");
