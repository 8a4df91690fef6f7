// Classifying provider failures. One place decides which kinds exist and which are retried:
// rate limits, server errors, timeouts and network failures may succeed on a second try; auth,
// bad requests, unknown models and content filters will not.
import "server-only";
import { APIError as AnthropicApiError, APIConnectionError as AnthropicConnectionError, APIConnectionTimeoutError as AnthropicTimeout, APIUserAbortError as AnthropicAbort } from "@anthropic-ai/sdk";
import { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError } from "openai";
import { log } from "../log";
import { OutboundBlockedError } from "../net/outbound-guard";
import { redactUrlCredentials } from "../net/redact-url";
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

const MAX_PROVIDER_MESSAGE = 300;

/** Any error thrown while calling a provider, as a ProviderError whose message is safe to show:
 * the kind, the HTTP status and the provider's own error message when it sent one as JSON. Raw
 * bodies and connection details ("connect ECONNREFUSED 10.0.0.5:5432") would turn a provider
 * test into a reader of internal services; they go to the server log only. */
export function classifyError(error: unknown): ProviderError {
  if (error instanceof ProviderError) return error;
  const classified = classify(error);
  if (classified.kind !== "cancelled") log.warn("provider call failed", { kind: classified.kind, status: classified.status, detail: detailOf(error) });
  return classified;
}

function classify(error: unknown): ProviderError {
  const blocked = findCause(error, (cause) => cause instanceof OutboundBlockedError);
  if (blocked) return new ProviderError("blocked", blocked.message);
  if (error instanceof APIUserAbortError || error instanceof AnthropicAbort) return new ProviderError("cancelled", "The request was cancelled.");
  if (error instanceof APIConnectionTimeoutError || error instanceof AnthropicTimeout) return new ProviderError("timeout", "The provider did not answer in time.");
  if (error instanceof APIConnectionError || error instanceof AnthropicConnectionError) {
    return new ProviderError("network", `Could not reach the provider (${connectionProblem(error)}).`);
  }
  if (error instanceof APIError || error instanceof AnthropicApiError) {
    const status = error.status;
    const message = providerMessage(error);
    if (status === undefined) {
      // No HTTP status: an error event inside a stream that had started. Its type says what the
      // provider meant ("server_error", "overloaded_error"…); it is never a network failure.
      const type = streamErrorType(error);
      return new ProviderError(kindForStreamError(type, message ?? ""), `The provider reported ${type ? `a ${type}` : "an error"} mid-stream${message ? `: ${message}` : "."}`);
    }
    return new ProviderError(kindForStatus(status, message ?? ""), `HTTP ${status} from the provider${message ? `: ${message}` : "."}`, status, retryAfterMs(error.headers as Headers | undefined));
  }
  if (error instanceof Error && (error.name === "AbortError" || error.name === "TimeoutError")) {
    return error.name === "TimeoutError" ? new ProviderError("timeout", "The provider did not answer in time.") : new ProviderError("cancelled", "The request was cancelled.");
  }
  if (error instanceof SyntaxError) return new ProviderError("server", "The provider sent a malformed response.");
  if (error instanceof Error && /terminated|socket|ECONNRESET|other side closed|premature close/i.test(detailOf(error))) {
    return new ProviderError("network", "The connection to the provider was cut.");
  }
  return new ProviderError("unknown", "The provider call failed unexpectedly; the details are in the server log.");
}

/** The `type` of an error event: OpenAI's SDK hands over the event's `error` object, Anthropic's
 * the whole event ({type: "error", error: {type}}). */
function streamErrorType(error: APIError | AnthropicApiError): string | undefined {
  const body: unknown = error.error;
  const inner = error instanceof AnthropicApiError && body && typeof body === "object" ? (body as { error?: unknown }).error : body;
  const type = inner && typeof inner === "object" ? (inner as { type?: unknown }).type : undefined;
  return typeof type === "string" && /^[\w.-]{1,60}$/.test(type) ? type : undefined;
}

/** An error event's type as a kind, by the names OpenAI and Anthropic use (and compatible
 * servers copy). A type we do not know is still the provider's own failure: a server error. */
export function kindForStreamError(type: string | undefined, message = ""): ErrorKind {
  const name = (type ?? "").toLowerCase();
  if (/rate_limit|too_many|requests|tokens_exceeded/.test(name)) return "rate_limit";
  if (/authentication|permission|invalid_api_key|unauthorized/.test(name)) return "auth";
  if (/not_found/.test(name)) return "not_found";
  if (/timeout/.test(name)) return "timeout";
  if (/invalid_request|bad_request/.test(name)) return kindForStatus(400, message);
  if (/content_filter|content_policy/.test(name)) return "content_filter";
  return "server";
}

/** The provider's own message, only from a JSON error body: OpenAI's SDK hands over
 * `body.error` ({message}, or a string from compatible servers such as Ollama), Anthropic's the
 * whole body ({type: "error", error: {message}}). HTML, plain text or other JSON give nothing. */
function providerMessage(error: APIError | AnthropicApiError): string | undefined {
  const body: unknown = error.error;
  const inner = error instanceof AnthropicApiError ? (body && typeof body === "object" ? (body as { error?: unknown }).error : undefined) : body;
  // A string only counts where the SDK took it from parsed JSON (an HTTP error, not a stream event).
  const fromString = typeof inner === "string" && error instanceof APIError && error.status !== undefined ? inner : undefined;
  const nested = inner && typeof inner === "object" ? (inner as { message?: unknown }).message : undefined;
  const message = fromString ?? (typeof nested === "string" ? nested : undefined);
  if (message === undefined) return undefined;
  const oneLine = message.replace(/\s+/g, " ").trim();
  return oneLine.length > MAX_PROVIDER_MESSAGE ? `${oneLine.slice(0, MAX_PROVIDER_MESSAGE - 1)}…` : oneLine || undefined;
}

/** What went wrong on the way to the provider, in words that name no address. */
function connectionProblem(error: Error): string {
  const code = String((findCause(error, (cause) => typeof (cause as { code?: unknown }).code === "string") as { code?: string } | undefined)?.code ?? "");
  if (code === "ECONNREFUSED") return "connection refused";
  if (code === "ENOTFOUND" || code === "EAI_AGAIN") return "host name not found";
  if (code === "ETIMEDOUT" || code === "UND_ERR_CONNECT_TIMEOUT") return "connection timed out";
  if (code === "ECONNRESET" || code === "UND_ERR_SOCKET" || code === "EPIPE") return "connection reset";
  if (code === "EHOSTUNREACH" || code === "ENETUNREACH") return "host unreachable";
  if (/CERT|TLS|SSL|SELF_SIGNED|UNABLE_TO_VERIFY/.test(code)) return "TLS certificate not accepted";
  return "connection failed";
}

function findCause(error: unknown, test: (cause: Error) => boolean): Error | undefined {
  for (let cause = error; cause instanceof Error; cause = (cause as { cause?: unknown }).cause) if (test(cause)) return cause;
  return undefined;
}

/** Every message down the cause chain ("Connection error. ← fetch failed ← connect
 * ECONNREFUSED 127.0.0.1:9"), for the server log. */
function detailOf(error: unknown): string {
  const messages: string[] = [];
  for (let cause = error; cause !== undefined && messages.length < 6; cause = cause instanceof Error ? (cause as { cause?: unknown }).cause : undefined) {
    messages.push(cause instanceof Error ? cause.message : String(cause));
  }
  // URLs in messages ("…includes credentials: http://user:pass@host") lose their credentials.
  return messages
    .join(" ← ")
    .replace(/\bhttps?:\/\/[^\s"'<>]+/g, (url) => redactUrlCredentials(url))
    .slice(0, 2000);
}
