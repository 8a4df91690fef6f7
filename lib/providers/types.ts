// The one interface every provider kind implements, and what a call produces.
import type { ErrorKind, ProviderKind } from "../db/generated/enums";

export type { ErrorKind, ProviderKind };

export interface ChatMessage {
  role: "system" | "user" | "assistant";
  content: string;
}

export interface SamplingParams {
  temperature?: number | null;
  topP?: number | null;
  maxTokens?: number | null;
  stop?: string[];
  seed?: number | null;
}

/** The exact request sent for one completion; stored verbatim on the Completion row. */
export interface CompletionRequest {
  /** The provider's model id. */
  model: string;
  /** System prompt first (if any), then the conversation. */
  messages: ChatMessage[];
  params: SamplingParams;
}

/** A provider's usage report. inputTokens is the WHOLE input for every provider (cache reads and
 * writes included) and outputTokens the whole output (reasoning included); the three details are
 * parts of them, null when the provider did not report them (lib/metrics prices each part). */
export interface TokenUsage {
  inputTokens: number;
  outputTokens: number;
  cachedInputTokens?: number | null;
  cacheWriteInputTokens?: number | null;
  reasoningTokens?: number | null;
}

/** What one attempt of an adapter yields; errors are thrown (see ProviderError). */
export type AdapterChunk =
  | { type: "delta"; text: string }
  | ({ type: "usage" } & TokenUsage)
  /** What the provider says it ran: the returned model id and (OpenAI) system_fingerprint. */
  | { type: "served"; model: string | null; systemFingerprint: string | null }
  | { type: "finish"; reason: string };

export interface RemoteModel {
  id: string;
  displayName?: string;
  contextWindow?: number;
}

export interface ProviderAdapter {
  readonly kind: ProviderKind;
  /** One attempt: no retries here (lib/providers/stream.ts owns retries and timing). */
  streamAttempt(request: CompletionRequest, signal: AbortSignal): AsyncIterable<AdapterChunk>;
  listModels(signal: AbortSignal): Promise<RemoteModel[]>;
}

/** The connection details of a provider, with its key decrypted (server only, never logged). */
export interface ProviderConnection {
  kind: ProviderKind;
  baseUrl: string | null;
  apiKey: string | null;
  settings: Record<string, unknown>;
}
