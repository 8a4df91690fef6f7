// streamCompletion(): one completion from any provider, with the rules that make the numbers
// honest. It owns the clock (TTFT and total from performance.now(), on the server), retries
// retryable failures with exponential backoff and jitter (honouring Retry-After) but only before
// the first token, enforces a per-attempt timeout, passes cancellation through to the upstream
// HTTP request, and always ends with a result — partial text and error included.
import { createHash } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import { costUsd, elapsedMs, type Prices } from "../metrics/completion-metrics";
import { classifyError, ProviderError } from "./errors";
import { countMessageTokens, countTextTokens } from "./tokens";
import type { CompletionRequest, ErrorKind, ProviderAdapter, TokenUsage } from "./types";

export interface StreamOptions {
  prices: Prices;
  /** Aborting it cancels the call, upstream request included. */
  signal?: AbortSignal;
  /** Per attempt, from request sent to last byte. */
  timeoutMs?: number;
  maxAttempts?: number;
  backoffBaseMs?: number;
  backoffMaxMs?: number;
}

export interface CompletionResult {
  status: "done" | "error" | "cancelled";
  text: string;
  errorKind: ErrorKind | null;
  errorMessage: string | null;
  finishReason: string | null;
  ttftMs: number | null;
  totalMs: number;
  inputTokens: number;
  outputTokens: number;
  /** Parts of inputTokens / outputTokens the provider reported (null when it did not). */
  cachedInputTokens: number | null;
  cacheWriteInputTokens: number | null;
  reasoningTokens: number | null;
  tokensEstimated: boolean;
  /** USD as a decimal string (exact). */
  costUsd: string;
  attempts: number;
  textHash: string;
  /** As the provider reported them (null when it did not): a change flags a silent model swap. */
  responseModel: string | null;
  systemFingerprint: string | null;
}

export type StreamEvent =
  | { type: "start"; attempt: number }
  | { type: "delta"; text: string }
  | { type: "usage"; inputTokens: number; outputTokens: number; estimated: boolean }
  | { type: "done"; result: CompletionResult }
  | { type: "error"; result: CompletionResult };

export const DEFAULT_TIMEOUT_MS = 120_000;
export const DEFAULT_MAX_ATTEMPTS = 3;
// A provider asking us to wait longer than this is as good as down; we give up instead.
const MAX_RETRY_WAIT_MS = 60_000;

class AttemptTimeout extends Error {}

/** Full jitter: a uniform wait between 0 and base × 2^(attempt−1), capped. */
export function backoffMs(attempt: number, baseMs: number, maxMs: number, random = Math.random): number {
  return Math.round(random() * Math.min(maxMs, baseMs * 2 ** (attempt - 1)));
}

export async function* streamCompletion(
  adapter: ProviderAdapter,
  request: CompletionRequest,
  options: StreamOptions,
): AsyncGenerator<StreamEvent, CompletionResult> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxAttempts = options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
  const started = performance.now();
  let text = "";
  let firstTokenAt: number | null = null;
  let usage: TokenUsage | null = null;
  let finishReason: string | null = null;
  let served: { model: string | null; systemFingerprint: string | null } = { model: null, systemFingerprint: null };
  let failure: ProviderError | null = null;
  let attempts = 0;

  for (;;) {
    attempts += 1;
    yield { type: "start", attempt: attempts };
    const controller = new AbortController();
    const cancel = () => controller.abort(options.signal?.reason);
    options.signal?.addEventListener("abort", cancel, { once: true });
    if (options.signal?.aborted) cancel();
    const timer = setTimeout(() => controller.abort(new AttemptTimeout()), timeoutMs);
    try {
      for await (const chunk of adapter.streamAttempt(request, controller.signal)) {
        if (chunk.type === "delta") {
          firstTokenAt ??= performance.now();
          text += chunk.text;
          yield { type: "delta", text: chunk.text };
        } else if (chunk.type === "usage") {
          const { type: _type, ...reported } = chunk;
          usage = reported;
        } else if (chunk.type === "served") {
          served = { model: chunk.model, systemFingerprint: chunk.systemFingerprint };
        } else {
          finishReason = chunk.reason;
        }
      }
      // The SDKs end a stream quietly when it is aborted: an abort is never a complete answer.
      if (controller.signal.aborted) throw controller.signal.reason ?? new Error("aborted");
      failure = null;
      break;
    } catch (raw) {
      failure = options.signal?.aborted
        ? new ProviderError("cancelled", "Stopped before the answer was complete.")
        : controller.signal.reason instanceof AttemptTimeout
          ? new ProviderError("timeout", `No complete answer within ${Math.round(timeoutMs / 1000)} s.`)
          : classifyError(raw);
      // After the first token a retry would produce a different answer: keep what arrived.
      const retry = failure.retryable && text === "" && attempts < maxAttempts;
      if (!retry) break;
      const wait = failure.retryAfterMs ?? backoffMs(attempts, options.backoffBaseMs ?? 500, options.backoffMaxMs ?? 8_000);
      if (wait > MAX_RETRY_WAIT_MS) break;
      try {
        await sleep(wait, undefined, { signal: options.signal });
      } catch {
        failure = new ProviderError("cancelled", "Stopped while waiting to retry.");
        break;
      }
    } finally {
      clearTimeout(timer);
      options.signal?.removeEventListener("abort", cancel);
    }
  }

  const finished = performance.now();
  // Providers do not bill requests that failed before producing output; anything that produced
  // text is billed, so a cut stream without a usage report gets an estimate (flagged).
  const billable: TokenUsage | null = usage ?? (text === "" ? { inputTokens: 0, outputTokens: 0 } : null);
  const tokens: TokenUsage = billable ?? { inputTokens: countMessageTokens(request.messages), outputTokens: countTextTokens(text) };
  const result: CompletionResult = {
    status: failure === null ? "done" : failure.kind === "cancelled" ? "cancelled" : "error",
    text,
    errorKind: failure?.kind ?? null,
    errorMessage: failure?.message ?? null,
    finishReason,
    ttftMs: firstTokenAt === null ? null : elapsedMs(started, firstTokenAt),
    totalMs: elapsedMs(started, finished),
    inputTokens: tokens.inputTokens,
    outputTokens: tokens.outputTokens,
    cachedInputTokens: tokens.cachedInputTokens ?? null,
    cacheWriteInputTokens: tokens.cacheWriteInputTokens ?? null,
    reasoningTokens: tokens.reasoningTokens ?? null,
    tokensEstimated: billable === null,
    // Only the last attempt can have produced tokens (retries happen before the first one).
    costUsd: costUsd(options.prices, [tokens]).toString(),
    attempts,
    textHash: createHash("sha256").update(text).digest("hex"),
    responseModel: served.model,
    systemFingerprint: served.systemFingerprint,
  };
  if (usage || text !== "") yield { type: "usage", inputTokens: tokens.inputTokens, outputTokens: tokens.outputTokens, estimated: result.tokensEstimated };
  yield failure === null ? { type: "done", result } : { type: "error", result };
  return result;
}

/** The whole call without its deltas: for batch work that only needs the result. */
export async function completeOnce(adapter: ProviderAdapter, request: CompletionRequest, options: StreamOptions): Promise<CompletionResult> {
  const stream = streamCompletion(adapter, request, options);
  for (;;) {
    const next = await stream.next();
    if (next.done) return next.value;
  }
}
