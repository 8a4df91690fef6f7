import { describe, expect, it } from "vitest";
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

  it("backs off exponentially with full jitter, capped", () => {
    expect(backoffMs(1, 500, 8000, () => 1)).toBe(500);
    expect(backoffMs(3, 500, 8000, () => 1)).toBe(2000);
    expect(backoffMs(10, 500, 8000, () => 1)).toBe(8000);
    expect(backoffMs(3, 500, 8000, () => 0.5)).toBe(1000);
    expect(backoffMs(3, 500, 8000, () => 0)).toBe(0);
  });
});
