// Prompt templates: a list of chat messages whose content may hold {{variables}}. Pure functions,
// shared by the prompt library, runs and the browser's preview.
import type { ChatMessage } from "../providers/types";

const VARIABLE = /\{\{\s*([A-Za-z_][\w.-]*)\s*\}\}/g;

/** The variables of a template, in order of first appearance. */
export function extractVariables(messages: ChatMessage[]): string[] {
  const seen = new Set<string>();
  for (const message of messages) for (const match of message.content.matchAll(VARIABLE)) seen.add(match[1]!);
  return [...seen];
}

export class MissingVariablesError extends Error {
  constructor(readonly missing: string[]) {
    super(`No value for ${missing.map((name) => `{{${name}}}`).join(", ")}.`);
    this.name = "MissingVariablesError";
  }
}

/** Fills every {{variable}}; values are inserted as they are (never re-scanned for variables).
 * A variable without a value is an error rather than an empty string: a silently blank prompt
 * would make a run measure the wrong thing. */
export function renderTemplate(messages: ChatMessage[], values: Record<string, unknown>): ChatMessage[] {
  const missing = extractVariables(messages).filter((name) => values[name] === undefined || values[name] === null);
  if (missing.length > 0) throw new MissingVariablesError(missing);
  return messages.map((message) => ({
    role: message.role,
    content: message.content.replace(VARIABLE, (_, name: string) => {
      const value = values[name];
      return typeof value === "string" ? value : JSON.stringify(value);
    }),
  }));
}
