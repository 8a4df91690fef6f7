// `anthropic` over the official @anthropic-ai/sdk, streaming raw message events.
import "server-only";
import Anthropic from "@anthropic-ai/sdk";
import type { MessageCreateParamsStreaming, MessageDeltaUsage, Usage } from "@anthropic-ai/sdk/resources/messages";
import { INCOMPLETE_STREAM, ProviderError } from "../errors";
import { sdkClientOptions } from "../outbound";
import type { AdapterChunk, CompletionRequest, ProviderAdapter, ProviderConnection, RemoteModel, TokenUsage } from "../types";

type ReportedUsage = Pick<Usage, "input_tokens" | "output_tokens" | "cache_read_input_tokens" | "cache_creation_input_tokens" | "output_tokens_details">;

/** Anthropic's usage as ours. Its input_tokens leaves out cache reads and writes; inputTokens is
 * stored as the total (input + cache_read + cache_creation) so it means the same as OpenAI's
 * prompt_tokens, and the two cache counts are its parts. thinking_tokens is part of output. */
export function usageOfAnthropic(usage: ReportedUsage): TokenUsage {
  const read = usage.cache_read_input_tokens ?? null;
  const written = usage.cache_creation_input_tokens ?? null;
  return {
    inputTokens: usage.input_tokens + (read ?? 0) + (written ?? 0),
    outputTokens: usage.output_tokens,
    cachedInputTokens: read,
    cacheWriteInputTokens: written,
    reasoningTokens: usage.output_tokens_details?.thinking_tokens ?? null,
  };
}

/** message_delta carries cumulative counts; a field it leaves null keeps message_start's value. */
function mergeDelta(start: ReportedUsage, delta: MessageDeltaUsage): ReportedUsage {
  return {
    input_tokens: delta.input_tokens ?? start.input_tokens,
    output_tokens: delta.output_tokens,
    cache_read_input_tokens: delta.cache_read_input_tokens ?? start.cache_read_input_tokens,
    cache_creation_input_tokens: delta.cache_creation_input_tokens ?? start.cache_creation_input_tokens,
    output_tokens_details: delta.output_tokens_details ?? start.output_tokens_details,
  };
}

// Anthropic requires max_tokens; this is what a variant without one gets.
export const ANTHROPIC_DEFAULT_MAX_TOKENS = 1024;

/** The body of the messages call, also shown as the request's curl (lib/compare). */
export function anthropicMessagesBody(request: CompletionRequest): MessageCreateParamsStreaming {
  const { params } = request;
  // Anthropic takes the system prompt apart from the conversation.
  const system = request.messages.filter((message) => message.role === "system").map((message) => message.content).join("\n\n");
  const messages = request.messages
    .filter((message) => message.role !== "system")
    .map((message) => ({ role: message.role as "user" | "assistant", content: message.content }));
  return {
    model: request.model,
    max_tokens: params.maxTokens ?? ANTHROPIC_DEFAULT_MAX_TOKENS,
    messages,
    stream: true,
    ...(system && { system }),
    ...(params.temperature != null && { temperature: params.temperature }),
    ...(params.topP != null && { top_p: params.topP }),
    ...(params.stop && params.stop.length > 0 && { stop_sequences: params.stop }),
  };
}

export function anthropicAdapter(connection: ProviderConnection): ProviderAdapter {
  const client = new Anthropic(sdkClientOptions(connection));

  return {
    kind: connection.kind,
    async *streamAttempt(request: CompletionRequest, signal: AbortSignal): AsyncIterable<AdapterChunk> {
      const stream = await client.messages.create(anthropicMessagesBody(request), { signal });
      let usage: ReportedUsage = { input_tokens: 0, output_tokens: 0, cache_read_input_tokens: null, cache_creation_input_tokens: null, output_tokens_details: null };
      let stopReason: string | null = null;
      let complete = false;
      for await (const event of stream) {
        if (event.type === "message_start") {
          usage = event.message.usage;
          yield { type: "served", model: event.message.model ?? null, systemFingerprint: null };
        } else if (event.type === "content_block_delta" && event.delta.type === "text_delta") {
          if (event.delta.text) yield { type: "delta", text: event.delta.text };
        } else if (event.type === "message_delta") {
          usage = mergeDelta(usage, event.usage);
          stopReason = event.delta.stop_reason ?? stopReason;
        } else if (event.type === "message_stop") {
          complete = true;
          yield { type: "usage", ...usageOfAnthropic(usage) };
          if (stopReason) yield { type: "finish", reason: stopReason };
        }
      }
      // The SDK ends quietly when the connection drops mid-stream: only message_stop says the
      // answer is complete. (Aborts also end quietly; lib/providers/stream.ts checks those.)
      if (!complete && !signal.aborted) throw new ProviderError("network", INCOMPLETE_STREAM);
    },
    async listModels(signal: AbortSignal): Promise<RemoteModel[]> {
      const models: RemoteModel[] = [];
      for await (const model of client.models.list({}, { signal })) models.push({ id: model.id, displayName: model.display_name });
      return models.sort((a, b) => a.id.localeCompare(b.id));
    },
  };
}
