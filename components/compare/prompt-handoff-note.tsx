"use client";

import { Badge } from "@/components/ui/badge";
import type { PromptHandoffState } from "./use-prompt-handoff";

/** What "Open in Compare" brought along: the prompt version, its variables and its system
 * message, and what happens to that message. */
export function PromptHandoffNote({ handoff, started }: { handoff: PromptHandoffState; started: boolean }) {
  if (!handoff.active) return null;
  const values = Object.entries(handoff.values);
  return (
    <section className="mb-4 space-y-2 rounded-lg border border-border bg-card p-3 text-sm" aria-label="From the prompt library" data-testid="prompt-handoff">
      <p className="font-medium text-foreground">
        From the prompt library{handoff.label && <> · {handoff.label}</>}
      </p>
      {handoff.error && <p className="text-destructive">{handoff.error}</p>}
      {values.length > 0 && (
        <div className="flex flex-wrap gap-1" aria-label="Variables">
          {values.map(([name, value]) => (
            <Badge key={name} variant="outline" title={`${name} = ${value}`}>{`{{${name}}} = ${value}`}</Badge>
          ))}
        </div>
      )}
      {handoff.system && (
        <div>
          <p className="text-muted-foreground">
            {started
              ? "The prompt's system message was added after each column's own system prompt (new variants named after the prompt):"
              : "Its system message will be added after each chosen variant's own system prompt, separated by a blank line — the system text a run sends Anthropic (new variants named after the prompt):"}
          </p>
          <pre className="mt-1 rounded bg-muted px-2 py-1 font-mono text-xs whitespace-pre-wrap" data-testid="handoff-system">
            {handoff.system}
          </pre>
        </div>
      )}
      {handoff.dropped > 0 && <p className="text-xs text-muted-foreground">Its {handoff.dropped} assistant message(s) are not sent: Compare starts from the user message.</p>}
    </section>
  );
}
