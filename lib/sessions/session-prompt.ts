// A compare session opened from the prompt library ("Open in Compare"): which prompt version it
// came from and that version's system message, rendered with the values chosen. The server
// renders it again rather than taking the text from the browser, so the session records what the
// library holds. Every turn's conversation starts with that message (lib/compare/conversation.ts), the way a
// run's does, and requestForVariant (lib/variants/request.ts) puts the column's own system prompt
// before it: one rule for how the two combine, wherever a request is built.
import "server-only";
import { z } from "zod";
import { notFound } from "../api/errors";
import { db } from "../db/client";
import { splitForCompare } from "../prompts/handoff";
import { renderPrompt } from "../prompts/service";

export const sessionPromptSchema = z
  .object({
    promptId: z.uuid(),
    version: z.number().int().positive(),
    values: z.record(z.string(), z.string().max(100_000)).default({}),
  })
  .strict()
  .describe("The prompt version the session is opened from, with its variables' values: its system message starts every column's conversation.");

/** What a session stores for its prompt. */
export async function sessionPromptFields(input: z.output<typeof sessionPromptSchema>): Promise<{ promptVersionId: string; promptSystem: string | null }> {
  const rendered = await renderPrompt(input.promptId, { version: input.version, values: input.values });
  const row = await db().promptVersion.findUnique({ where: { promptId_version: { promptId: input.promptId, version: rendered.version } }, select: { id: true } });
  // Deleted between the render and here: as if it had never been there.
  if (!row) throw notFound("That prompt version");
  return { promptVersionId: row.id, promptSystem: splitForCompare(rendered.messages).system };
}

