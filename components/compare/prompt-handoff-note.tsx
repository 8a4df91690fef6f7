"use client";

import { Badge } from "@/components/ui/badge";
import type { PromptHandoffState } from "./use-prompt-handoff";

/** What "Open in Compare" brings along, before the session starts: the prompt version, its
 * variables and its system message, and what happens to that message. */
export function PromptHandoffNote({ handoff }: { handoff: PromptHandoffState }) {
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
            The session keeps its system message: each column sends it after its variant&apos;s own system prompt, as a run does. The variants you pick stay
            as they are.
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
