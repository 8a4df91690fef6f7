import { apiRoute } from "@/lib/api/route";
import { createPrompt, createPromptSchema, listPrompts } from "@/lib/prompts/service";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

export const GET = apiRoute({ role: "reviewer" }, async () => ({ prompts: await listPrompts() }));

export const POST = apiRoute({ role: "editor", body: createPromptSchema }, async ({ body, user }) =>
  Response.json({ prompt: await createPrompt(body, user.id) }, { status: 201 }),
);

export const { PUT, PATCH, DELETE } = methodNotAllowed("GET", "POST");
