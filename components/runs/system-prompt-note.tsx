"use client";

import { SYSTEM_PROMPTS_COMBINE, systemMessagesSent } from "@/lib/variants/system-prompts";
import { SystemMessagesSent } from "../prompts/system-messages-sent";
import { useRunSystemPrompts } from "./use-run-system-prompts";

/** How a variant's system prompt and the prompt's system message combine in this run. The system
 * messages shown are taken from the request builder every run call goes through
 * (lib/variants/system-prompts.ts), so the note cannot drift from what is sent. */
export function SystemPromptNote({ runId }: { runId: string }) {
  const found = useRunSystemPrompts(runId);
  if (!found) return null;
  const promptHasSystem = found.promptMessages.some((message) => message.role === "system");
  const rows = found.variants.map((variant) => ({
    ...variant,
    system: systemMessagesSent(variant.systemPrompt, found.promptMessages),
  }));
  if (!promptHasSystem && rows.every((row) => !row.systemPrompt)) return null;
  return (
    <details className="rounded-lg border border-border bg-card px-4 py-2 text-sm" data-testid="system-prompt-note">
      <summary className="cursor-pointer font-medium text-foreground">How the system prompts combine</summary>
      <p className="mt-2 text-muted-foreground">
        {SYSTEM_PROMPTS_COMBINE} The prompt&apos;s other messages follow in order. Cases imported with their own conversation use it instead of the
        prompt, still after the variant&apos;s system prompt.
      </p>
      <ul className="mt-2 space-y-2">
        {rows.map((row) => (
          <li key={row.id}>
            <SystemMessagesSent name={row.name} messages={row.system} />
          </li>
        ))}
      </ul>
    </details>
  );
}
