"use client";

import { conversationOf } from "@/lib/compare/conversation";
import { SYSTEM_PROMPTS_COMBINE, systemMessagesSent } from "@/lib/variants/system-prompts";
import { SystemMessagesSent } from "../prompts/system-messages-sent";
import type { SessionData } from "../sessions/use-sessions";
import { useVariants } from "../settings/use-variants";

type SessionPrompt = NonNullable<SessionData["prompt"]>;

/** The prompt a session was opened from, one line until opened: its system message, how it
 * combines with each column's system prompt (the run page's words, lib/variants/system-prompts.ts)
 * and the system messages each column sends, from the same request builder the turns use. */
export function SessionPromptHeader({ prompt, columns }: { prompt: SessionPrompt; columns: SessionData["columns"] }) {
  const variants = useVariants();
  const name = prompt.name === null ? "a deleted prompt" : `${prompt.name} v${prompt.version}`;
  // Blind columns name no variant, and their system prompts would tell them apart.
  const shown = columns.flatMap((column) => {
    const variant = column.variant && variants.data?.find((row) => row.id === column.variant!.id);
    return variant ? [{ column, variant, sent: systemMessagesSent(variant.systemPrompt, conversationOf(prompt.systemMessage, [])) }] : [];
  });
  return (
    <details className="shrink-0 rounded-lg border border-border bg-card px-3 py-1.5 text-sm" data-testid="session-prompt">
      <summary className="cursor-pointer truncate text-foreground">
        <span className="font-medium">Prompt: {name}</span>
        <span className="text-muted-foreground"> — {prompt.systemMessage ? "system message" : "no system message"}</span>
      </summary>
      <div className="mt-2 max-h-64 space-y-2 overflow-y-auto pb-1">
        {prompt.systemMessage && (
          <pre className="rounded bg-muted px-2 py-1 font-mono text-xs whitespace-pre-wrap text-foreground" data-testid="session-prompt-system">
            {prompt.systemMessage}
          </pre>
        )}
        <p className="text-muted-foreground">{SYSTEM_PROMPTS_COMBINE}</p>
        {shown.length > 0 && (
          <ul className="space-y-2">
            {shown.map(({ column, variant, sent }) => (
              <li key={column.id}>
                <SystemMessagesSent name={`${column.label} · ${variant.name}`} messages={sent} />
              </li>
            ))}
          </ul>
        )}
      </div>
    </details>
  );
}
