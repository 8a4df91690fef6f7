import { apiRoute } from "@/lib/api/route";
import { createPrompt, createPromptSchema, listPrompts } from "@/lib/prompts/service";

export const GET = apiRoute({ role: "reviewer" }, async () => ({ prompts: await listPrompts() }));

export const POST = apiRoute({ role: "editor", body: createPromptSchema }, async ({ body, user }) =>
  Response.json({ prompt: await createPrompt(body, user.id) }, { status: 201 }),
);
