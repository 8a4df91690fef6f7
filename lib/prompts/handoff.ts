// "Open in Compare" from the prompt library: which prompt version and variable values travel in
// the Compare page's address, and how a rendered prompt splits into what Compare takes. The
// session keeps the prompt's system message and sends it the way a run does, after each column's
// own system prompt (lib/sessions/session-prompt.ts); the user message fills the message box.
import type { ChatMessage } from "../providers/types";

export interface PromptHandoff {
  promptId: string;
  version: number;
  values: Record<string, string>;
}

/** The query string that opens Compare with this prompt version and values. */
export function handoffQuery(handoff: PromptHandoff): string {
  return new URLSearchParams({ prompt: handoff.promptId, version: String(handoff.version), values: JSON.stringify(handoff.values) }).toString();
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MAX_VALUES_LENGTH = 100_000;

function valuesOf(text: string): Record<string, string> | null {
  if (text.length > MAX_VALUES_LENGTH) return null;
  try {
    const parsed = JSON.parse(text) as unknown;
    if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) return null;
    return Object.fromEntries(Object.entries(parsed).map(([name, value]) => [name, typeof value === "string" ? value : JSON.stringify(value)]));
  } catch {
    return null;
  }
}

/** The handoff in a Compare address, or null when there is none (or it is malformed). Checked by
 * hand rather than with zod: this runs in the browser, where building a zod object schema probes
 * for eval and trips the Content-Security-Policy. The render endpoint validates again. */
export function readHandoff(search: URLSearchParams): PromptHandoff | null {
  const promptId = search.get("prompt") ?? "";
  const version = Number(search.get("version"));
  const values = valuesOf(search.get("values") ?? "{}");
  if (!UUID.test(promptId) || !Number.isInteger(version) || version < 1 || !values) return null;
  return { promptId, version, values };
}

/** A rendered prompt split the way Compare takes it: the system text and the user message. */
export function splitForCompare(messages: ChatMessage[]): { system: string | null; text: string; dropped: number } {
  const system = messages.filter((message) => message.role === "system").map((message) => message.content);
  const user = messages.filter((message) => message.role === "user").map((message) => message.content);
  return { system: system.length > 0 ? system.join("\n\n") : null, text: user.join("\n\n"), dropped: messages.length - system.length - user.length };
}
