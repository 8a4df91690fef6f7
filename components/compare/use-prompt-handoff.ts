"use client";

import { useQuery } from "@tanstack/react-query";
import { promptsApi } from "@/lib/api-client/prompts";
import { readHandoff, splitForCompare } from "@/lib/prompts/handoff";
import { usePrompt } from "../prompts/use-prompts";

/** "Open in Compare" from the prompt library (lib/prompts/handoff.ts): the prompt version and
 * values in the address, rendered here to preview them and fill the message box. The session is
 * created with the prompt (`prompt`), and keeps its system message itself: the chosen variants
 * stay as they are, and each column sends the message after its own system prompt, as a run does. */
export function usePromptHandoff(search: URLSearchParams) {
  const handoff = readHandoff(search);
  const prompt = usePrompt(handoff?.promptId);
  const rendered = useQuery({
    queryKey: ["prompts", "render", handoff?.promptId, handoff?.version, handoff?.values],
    queryFn: async () => (await promptsApi().render(handoff!.promptId, { version: handoff!.version, values: handoff!.values })).rendered,
    enabled: !!handoff,
  });
  const split = rendered.data ? splitForCompare(rendered.data.messages) : null;

  return {
    active: !!handoff,
    /** What the new session is created with (the server renders the version again). */
    prompt: handoff ?? undefined,
    /** Still rendering: starting now would leave the message box empty. */
    pending: !!handoff && rendered.isPending,
    label: prompt.data && handoff ? `${prompt.data.name}@v${handoff.version}` : null,
    values: handoff?.values ?? {},
    system: split?.system ?? null,
    text: split?.text ?? "",
    dropped: split?.dropped ?? 0,
    error: rendered.error?.message ?? null,
  };
}

export type PromptHandoffState = ReturnType<typeof usePromptHandoff>;
