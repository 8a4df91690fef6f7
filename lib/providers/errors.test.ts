import { APIError as AnthropicApiError } from "@anthropic-ai/sdk";
import { APIConnectionError, APIError } from "openai";
import { describe, expect, it } from "vitest";
import { OutboundBlockedError } from "../net/outbound-guard";
import { classifyError, kindForStatus, ProviderError, retryAfterMs } from "./errors";
import { backoffMs } from "./stream";

describe("provider error classification", () => {
  it("maps HTTP statuses to kinds, and only transient kinds are retryable", () => {
    const cases = [
      [429, "rate_limit", true],
      [500, "server", true],
      [503, "server", true],
      [408, "timeout", true],
      [401, "auth", false],
      [403, "auth", false],
      [404, "not_found", false],
      [400, "bad_request", false],
      [422, "bad_request", false],
    ] as const;
    for (const [status, kind, retryable] of cases) {
      expect(kindForStatus(status)).toBe(kind);
      expect(new ProviderError(kind, "x", status).retryable).toBe(retryable);
    }
    expect(kindForStatus(400, "Blocked by content_filter policy")).toBe("content_filter");
  });

  it("reads Retry-After as seconds, an HTTP date, or retry-after-ms", () => {
    expect(retryAfterMs(new Headers({ "retry-after": "2" }))).toBe(2000);
    expect(retryAfterMs(new Headers({ "retry-after-ms": "150", "retry-after": "9" }))).toBe(150);
    const now = Date.parse("2026-11-23T10:00:00Z");
    expect(retryAfterMs(new Headers({ "retry-after": "Mon, 23 Nov 2026 10:00:05 GMT" }), now)).toBe(5000);
    expect(retryAfterMs(new Headers({ "retry-after": "soon" }))).toBeUndefined();
    expect(retryAfterMs(new Headers())).toBeUndefined();
  });

  it("classifies aborts and unknown errors", () => {
    const abort = new Error("The operation was aborted");
    abort.name = "AbortError";
    expect(classifyError(abort).kind).toBe("cancelled");
    expect(classifyError(new Error("weird")).kind).toBe("unknown");
    expect(classifyError("plain string").kind).toBe("unknown");
  });

  it("shows a provider's JSON error message, never a raw body or a connection detail", () => {
    const headers = new Headers();
    const html = APIError.generate(502, undefined, "<html>SECRET-BODY</html>", headers);
    expect(classifyError(html)).toMatchObject({ kind: "server", status: 502, message: "HTTP 502 from the provider." });
    const openai = APIError.generate(429, { error: { message: "Slow down." } }, undefined, headers);
    expect(classifyError(openai)).toMatchObject({ kind: "rate_limit", message: "HTTP 429 from the provider: Slow down." });
    const ollama = APIError.generate(404, { error: "model 'x' not found" }, undefined, headers);
    expect(classifyError(ollama).message).toBe("HTTP 404 from the provider: model 'x' not found");
    const anthropic = AnthropicApiError.generate(529, { type: "error", error: { type: "overloaded_error", message: "Overloaded" } }, undefined, headers);
    expect(classifyError(anthropic)).toMatchObject({ kind: "server", message: "HTTP 529 from the provider: Overloaded" });
    const otherJson = AnthropicApiError.generate(500, { message: "SECRET-JSON" }, undefined, headers);
    expect(classifyError(otherJson).message).toBe("HTTP 500 from the provider.");

    const refused = Object.assign(new Error("connect ECONNREFUSED 10.0.0.5:5432"), { code: "ECONNREFUSED" });
    const connection = new APIConnectionError({ cause: new TypeError("fetch failed", { cause: refused }) });
    expect(classifyError(connection)).toMatchObject({ kind: "network", message: "Could not reach the provider (connection refused).", retryable: true });
    expect(classifyError(new SyntaxError('Unexpected token \'<\', "<html>SECRET" is not valid JSON')).message).toBe("The provider sent a malformed response.");
    expect(classifyError(new Error("SECRET detail")).message).not.toContain("SECRET");
  });

  it("classifies a refused host as blocked, not retried", () => {
    const blocked = new APIConnectionError({ cause: new OutboundBlockedError("169.254.169.254", "The provider host 169.254.169.254 is not allowed.") });
    expect(classifyError(blocked)).toMatchObject({ kind: "blocked", message: "The provider host 169.254.169.254 is not allowed.", retryable: false });
  });

  it("backs off exponentially with full jitter, capped", () => {
    expect(backoffMs(1, 500, 8000, () => 1)).toBe(500);
    expect(backoffMs(3, 500, 8000, () => 1)).toBe(2000);
    expect(backoffMs(10, 500, 8000, () => 1)).toBe(8000);
    expect(backoffMs(3, 500, 8000, () => 0.5)).toBe(1000);
    expect(backoffMs(3, 500, 8000, () => 0)).toBe(0);
  });
});
