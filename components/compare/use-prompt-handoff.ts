"use client";

import { useQuery } from "@tanstack/react-query";
import { promptsApi } from "@/lib/api-client/prompts";
import { combinedSystemPrompt, handoffQuery, readHandoff, splitForCompare } from "@/lib/prompts/handoff";
import { usePrompt } from "../prompts/use-prompts";
import { useCreateVariant, useVariants } from "../settings/use-variants";

/** "Open in Compare" from the prompt library (lib/prompts/handoff.ts): the prompt version and
 * values in the address, rendered here; the user message fills the message box, and the system
 * message joins each chosen variant's system prompt through a derived variant (as a column tweak
 * does), so the answers are attributable to the settings that made them. */
export function usePromptHandoff(search: URLSearchParams) {
  const handoff = readHandoff(search);
  const prompt = usePrompt(handoff?.promptId);
  const rendered = useQuery({
    queryKey: ["prompts", "render", handoff?.promptId, handoff?.version, handoff?.values],
    queryFn: async () => (await promptsApi().render(handoff!.promptId, { version: handoff!.version, values: handoff!.values })).rendered,
    enabled: !!handoff,
  });
  const variants = useVariants();
  const createVariant = useCreateVariant();
  const split = rendered.data ? splitForCompare(rendered.data.messages) : null;
  const label = prompt.data && handoff ? `${prompt.data.name}@v${handoff.version}` : null;

  /** The variants to start the session with: each with the prompt's system message added. */
  async function variantsFor(variantIds: string[]): Promise<string[]> {
      if (!split?.system || !label) return variantIds;
      const all = variants.data ?? [];
      const ids: string[] = [];
      for (const id of variantIds) {
        const base = all.find((variant) => variant.id === id);
        if (!base) {
          ids.push(id);
          continue;
        }
        const systemPrompt = combinedSystemPrompt(base.systemPrompt, split.system);
        const name = `${base.name} + ${label}`.slice(0, 120);
        // Opening the same prompt again reuses the variant made the first time.
        const same = all.find((variant) => variant.name === name && variant.model.id === base.model.id && variant.systemPrompt === systemPrompt);
        if (same) {
          ids.push(same.id);
          continue;
        }
        const { variant } = await createVariant.mutateAsync({
          name: all.some((variant) => variant.name === name) ? `${name.slice(0, 110)} · ${Date.now() % 10_000}` : name,
          modelId: base.model.id,
          systemPrompt,
          temperature: base.temperature,
          topP: base.topP,
          maxTokens: base.maxTokens,
          stop: base.stop,
          seed: base.seed,
        });
        ids.push(variant.id);
      }
      return ids;
  }

  return {
    active: !!handoff,
    /** The handoff's part of the address, kept when the page moves on to the new session. */
    query: handoff ? handoffQuery(handoff) : "",
    label,
    values: handoff?.values ?? {},
    system: split?.system ?? null,
    text: split?.text ?? "",
    dropped: split?.dropped ?? 0,
    error: rendered.error?.message ?? null,
    variantsFor,
  };
}

export type PromptHandoffState = ReturnType<typeof usePromptHandoff>;
