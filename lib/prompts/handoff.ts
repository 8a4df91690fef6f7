// "Open in Compare" from the prompt library: which prompt version and variable values travel in
// the Compare page's address, and how the prompt's system message joins a column's system prompt.
// Compare columns carry one system prompt each (their variant's), so the prompt's system message
// is appended to it the way runs send both (lib/variants/request.ts: the variant's first, then the
// prompt's), joined by a blank line — exactly the system text Anthropic receives in a run.
import { z } from "zod";
import type { ChatMessage } from "../providers/types";

const handoffSchema = z.object({
  prompt: z.uuid(),
  version: z.coerce.number().int().positive(),
  values: z
    .string()
    .max(100_000)
    .default("{}")
    .transform((text, context) => {
      try {
        const parsed = JSON.parse(text) as unknown;
        if (parsed && typeof parsed === "object" && !Array.isArray(parsed)) return parsed as Record<string, string>;
      } catch {
        // Reported below.
      }
      context.addIssue({ code: "custom", message: "values must be a JSON object" });
      return z.NEVER;
    }),
});

export interface PromptHandoff {
  promptId: string;
  version: number;
  values: Record<string, string>;
}

export const HANDOFF_KEYS = ["prompt", "version", "values"] as const;

/** The query string that opens Compare with this prompt version and values. */
export function handoffQuery(handoff: PromptHandoff): string {
  return new URLSearchParams({ prompt: handoff.promptId, version: String(handoff.version), values: JSON.stringify(handoff.values) }).toString();
}

/** The handoff in a Compare address, or null when there is none (or it is malformed). */
export function readHandoff(search: URLSearchParams): PromptHandoff | null {
  const parsed = handoffSchema.safeParse(Object.fromEntries(HANDOFF_KEYS.flatMap((key) => (search.has(key) ? [[key, search.get(key)]] : []))));
  return parsed.success ? { promptId: parsed.data.prompt, version: parsed.data.version, values: parsed.data.values } : null;
}

/** A rendered prompt split the way Compare takes it: the system text and the user message. */
export function splitForCompare(messages: ChatMessage[]): { system: string | null; text: string; dropped: number } {
  const system = messages.filter((message) => message.role === "system").map((message) => message.content);
  const user = messages.filter((message) => message.role === "user").map((message) => message.content);
  return { system: system.length > 0 ? system.join("\n\n") : null, text: user.join("\n\n"), dropped: messages.length - system.length - user.length };
}

/** A column's system prompt with the prompt's system message after it. */
export function combinedSystemPrompt(variantSystemPrompt: string | null, promptSystem: string | null): string | null {
  const parts = [variantSystemPrompt, promptSystem].filter((part): part is string => !!part && part.trim() !== "");
  return parts.length > 0 ? parts.join("\n\n") : null;
}
