// `openai` and `openai_compatible` (Ollama, vLLM, llama.cpp, LM Studio, OpenRouter, Groq…) over
// the official openai SDK. The SDK's own retries are off: lib/providers/stream.ts retries, and
// only before the first token.
import "server-only";
import OpenAI from "openai";
import type { ChatCompletionCreateParamsStreaming } from "openai/resources/chat/completions";
import type { CompletionUsage } from "openai/resources/completions";
import { INCOMPLETE_STREAM, ProviderError } from "../errors";
import { sdkClientOptions } from "../outbound";
import type { AdapterChunk, CompletionRequest, ProviderAdapter, ProviderConnection, RemoteModel, TokenUsage } from "../types";

/** OpenAI's usage as ours: prompt_tokens already includes the cached tokens and
 * completion_tokens the reasoning tokens, so the totals are taken as they are. Compatible servers
 * often leave the details out: null, not 0, so "not reported" stays visible. */
export function usageOfOpenAi(usage: CompletionUsage): TokenUsage {
  return {
    inputTokens: usage.prompt_tokens,
    outputTokens: usage.completion_tokens,
    cachedInputTokens: usage.prompt_tokens_details?.cached_tokens ?? null,
    cacheWriteInputTokens: null,
    reasoningTokens: usage.completion_tokens_details?.reasoning_tokens ?? null,
  };
}

/** The body of the chat-completions call, also shown as the request's curl (lib/compare). */
export function openAiChatBody(request: CompletionRequest, compatible: boolean): ChatCompletionCreateParamsStreaming {
  const { params } = request;
  return {
    model: request.model,
    messages: request.messages,
    stream: true,
    stream_options: { include_usage: true },
    ...(params.temperature != null && { temperature: params.temperature }),
    ...(params.topP != null && { top_p: params.topP }),
    // OpenAI's newer models only accept max_completion_tokens; compatible servers know max_tokens.
    ...(params.maxTokens != null && (compatible ? { max_tokens: params.maxTokens } : { max_completion_tokens: params.maxTokens })),
    ...(params.stop && params.stop.length > 0 && { stop: params.stop }),
    ...(params.seed != null && { seed: params.seed }),
  };
}

export function openAiAdapter(connection: ProviderConnection): ProviderAdapter {
  const client = new OpenAI(sdkClientOptions(connection));
  const compatible = connection.kind === "openai_compatible";

  return {
    kind: connection.kind,
    async *streamAttempt(request: CompletionRequest, signal: AbortSignal): AsyncIterable<AdapterChunk> {
      const stream = await client.chat.completions.create(openAiChatBody(request, compatible), { signal });
      let finish: string | null = null;
      let served: { model: string | null; systemFingerprint: string | null } = { model: null, systemFingerprint: null };
      for await (const chunk of stream) {
        served = { model: chunk.model || served.model, systemFingerprint: chunk.system_fingerprint ?? served.systemFingerprint };
        const choice = chunk.choices[0];
        const text = choice?.delta?.content;
        if (text) yield { type: "delta", text };
        if (choice?.finish_reason) finish = choice.finish_reason;
        if (chunk.usage) yield { type: "usage", ...usageOfOpenAi(chunk.usage) };
      }
      // The SDK ends quietly when the connection drops mid-stream; only a finish_reason says
      // the answer is complete. (Aborts also end quietly; lib/providers/stream.ts checks those.)
      if (signal.aborted) return;
      if (finish === null) throw new ProviderError("network", INCOMPLETE_STREAM);
      if (finish === "content_filter") throw new ProviderError("content_filter", "The provider's content filter stopped the answer.");
      yield { type: "served", ...served };
      yield { type: "finish", reason: finish };
    },
    async listModels(signal: AbortSignal): Promise<RemoteModel[]> {
      const models: RemoteModel[] = [];
      for await (const model of client.models.list({ signal })) models.push({ id: model.id });
      return models.sort((a, b) => a.id.localeCompare(b.id));
    },
  };
}
