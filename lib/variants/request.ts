// The request a variant sends for a conversation, and how it is kept on the Completion row. One
// place, so compare turns, runs and judges send variants' settings the same way.
import type { Prisma } from "../db/generated/client";
import type { ChatMessage, CompletionRequest } from "../providers/types";

export interface VariantSettings {
  systemPrompt: string | null;
  temperature: number | null;
  topP: number | null;
  maxTokens: number | null;
  stop: string[];
  seed: number | null;
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
