// Classifying provider failures. One place decides which kinds exist and which are retried:
// rate limits, server errors, timeouts and network failures may succeed on a second try; auth,
// bad requests, unknown models and content filters will not.
import { APIError as AnthropicApiError, APIConnectionError as AnthropicConnectionError, APIConnectionTimeoutError as AnthropicTimeout, APIUserAbortError as AnthropicAbort } from "@anthropic-ai/sdk";
import { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError } from "openai";
import type { ErrorKind } from "./types";

export const INCOMPLETE_STREAM = "The stream ended before the answer was complete (connection cut).";

const RETRYABLE: ReadonlySet<ErrorKind> = new Set(["rate_limit", "server", "timeout", "network"]);

export class ProviderError extends Error {
  readonly retryable: boolean;
  constructor(
    readonly kind: ErrorKind,
    message: string,
    readonly status?: number,
    /** From Retry-After (or retry-after-ms), when the provider said how long to wait. */
    readonly retryAfterMs?: number,
  ) {
    super(message);
    this.name = "ProviderError";
    this.retryable = RETRYABLE.has(kind);
  }
}

export function kindForStatus(status: number, message = ""): ErrorKind {
  if (status === 429) return "rate_limit";
  if (status === 401 || status === 403) return "auth";
  if (status === 404) return "not_found";
  if (status === 408) return "timeout";
  if (status >= 500) return "server";
  if (status === 400 && /content[_ ]?(filter|policy)/i.test(message)) return "content_filter";
  return "bad_request";
}

/** Seconds or an HTTP date in Retry-After; milliseconds in retry-after-ms (OpenAI, Anthropic). */
export function retryAfterMs(headers: Headers | undefined | null, now = Date.now()): number | undefined {
  if (!headers) return undefined;
  const ms = Number(headers.get("retry-after-ms"));
  if (headers.has("retry-after-ms") && Number.isFinite(ms) && ms >= 0) return ms;
  const value = headers.get("retry-after");
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Any error thrown while calling a provider, as a ProviderError. */
export function classifyError(error: unknown): ProviderError {
  if (error instanceof ProviderError) return error;
  if (error instanceof APIUserAbortError || error instanceof AnthropicAbort) return new ProviderError("cancelled", "The request was cancelled.");
  if (error instanceof APIConnectionTimeoutError || error instanceof AnthropicTimeout) return new ProviderError("timeout", "The provider did not answer in time.");
  if (error instanceof APIConnectionError || error instanceof AnthropicConnectionError) {
    return new ProviderError("network", `Could not reach the provider: ${causeMessage(error)}`);
  }
  if (error instanceof APIError || error instanceof AnthropicApiError) {
    const status = error.status;
    if (status === undefined) return new ProviderError("network", error.message);
    return new ProviderError(kindForStatus(status, error.message), error.message, status, retryAfterMs(error.headers as Headers | undefined));
  }
  if (error instanceof Error && (error.name === "AbortError" || error.name === "TimeoutError")) {
    return new ProviderError(error.name === "TimeoutError" ? "timeout" : "cancelled", error.message);
  }
  if (error instanceof SyntaxError) return new ProviderError("server", `The provider sent a malformed response: ${error.message}`);
  if (error instanceof Error && /terminated|socket|ECONNRESET|other side closed|premature close/i.test(`${error.message} ${causeMessage(error)}`)) {
    return new ProviderError("network", `The connection to the provider was cut: ${causeMessage(error)}`);
  }
  return new ProviderError("unknown", error instanceof Error ? error.message : String(error));
}

/** The innermost cause says what happened ("connect ECONNREFUSED 127.0.0.1:9"), where the
 * outer errors only say "fetch failed". */
function causeMessage(error: Error): string {
  let deepest: Error = error;
  for (let cause = (error as { cause?: unknown }).cause; cause instanceof Error; cause = (cause as { cause?: unknown }).cause) deepest = cause;
  return deepest.message;
}
