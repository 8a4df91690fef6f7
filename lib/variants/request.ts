// The request a variant sends for a conversation, and how it is kept on the Completion row. One
// place, so compare turns, runs and judges send variants' settings the same way.
import type { Prisma } from "../db/generated/client";
import type { ChatMessage, CompletionRequest } from "../providers/types";

/** What a variant (or one of its revisions) sets besides its model. */
export interface SamplingSettings {
  systemPrompt: string | null;
  temperature: number | null;
  topP: number | null;
  maxTokens: number | null;
  stop: string[];
  seed: number | null;
}

/** Just those settings, from a variant or revision row (views must not spread rows: they hold more). */
export const samplingOf = ({ systemPrompt, temperature, topP, maxTokens, stop, seed }: SamplingSettings): SamplingSettings => ({ systemPrompt, temperature, topP, maxTokens, stop, seed });

export interface VariantSettings extends SamplingSettings {
  model: { modelId: string };
}

export function requestForVariant(variant: VariantSettings, conversation: ChatMessage[]): CompletionRequest {
  return {
    model: variant.model.modelId,
    messages: [...(variant.systemPrompt ? [{ role: "system" as const, content: variant.systemPrompt }] : []), ...conversation],
    params: { temperature: variant.temperature, topP: variant.topP, maxTokens: variant.maxTokens, stop: variant.stop, seed: variant.seed },
  };
}

/** The exact request, plus which provider it went to (a variant's model may move later). */
export function storedRequest(request: CompletionRequest, provider: { id: string; kind: string; name: string }): Prisma.InputJsonValue {
  return { ...request, provider: { id: provider.id, kind: provider.kind, name: provider.name } } as unknown as Prisma.InputJsonValue;
}
