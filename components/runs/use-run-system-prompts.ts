"use client";

import { useQuery } from "@tanstack/react-query";
import { variantsApi } from "@/lib/api-client/variants";
import { usePrompt } from "../prompts/use-prompts";
import { variantKeys } from "../settings/use-variants";
import { useRun } from "./use-runs";

/** What the run's system-prompt note needs: the prompt version's messages and the system prompt
 * of each of the run's variants — archived ones too, since an old run may use them. */
export function useRunSystemPrompts(runId: string) {
  const run = useRun(runId);
  const prompt = usePrompt(run.data?.prompt?.id);
  const variants = useQuery({
    queryKey: [...variantKeys.all, "with-archived"],
    queryFn: async () => (await variantsApi().list({ archived: "true" })).variants,
    enabled: !!run.data?.prompt,
  });
  if (!run.data?.prompt || !prompt.data || !variants.data) return null;
  const version = prompt.data.versions.find((item) => item.version === run.data.prompt!.version);
  if (!version) return null;
  const byId = new Map(variants.data.map((variant) => [variant.id, variant]));
  return {
    promptMessages: version.messages,
    variants: run.data.variants.map((variant) => ({ id: variant.id, name: variant.name, systemPrompt: byId.get(variant.id)?.systemPrompt ?? null })),
  };
}
