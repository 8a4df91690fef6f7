// The providers layer against a real HTTP server speaking the OpenAI and Anthropic wire formats,
// through the official SDKs: event order, timing, usage and cost, retries, faults, cancellation.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adapterFor } from "../../lib/providers/registry";
import { streamCompletion, type CompletionResult, type StreamEvent, type StreamOptions } from "../../lib/providers/stream";
import type { CompletionRequest, ProviderKind } from "../../lib/providers/types";
import { startWireServer, type WireServer } from "../fixtures/wire-server";

let wire: WireServer;
beforeAll(async () => {
  wire = await startWireServer();
});
afterAll(async () => {
  await wire.close();
});

const prices = { inputPricePerMTok: "2.50", outputPricePerMTok: "10.00" };
const kinds: ProviderKind[] = ["openai_compatible", "anthropic"];

function adapter(kind: ProviderKind) {
  return adapterFor({ kind, baseUrl: kind === "anthropic" ? wire.anthropicBaseUrl : wire.openaiBaseUrl, apiKey: "sk-wire-test-key", settings: {} });
}

function request(model: string, params: CompletionRequest["params"] = {}): CompletionRequest {
  return { model, messages: [{ role: "system", content: "Be brief." }, { role: "user", content: "Say hello." }], params };
}

async function collect(kind: ProviderKind, req: CompletionRequest, options: Partial<StreamOptions> = {}) {
  const events: StreamEvent[] = [];
  const generator = streamCompletion(adapter(kind), req, { prices, backoffBaseMs: 10, ...options });
  let result: CompletionResult | undefined;
  for (;;) {
    const next = await generator.next();
    if (next.done) {
      result = next.value;
      break;
    }
    events.push(next.value);
  }
  return { events, result: result! };
}

let modelCounter = 0;
/** A fresh model name per test, so behaviours and request logs do not mix. */
function model(behaviour: Parameters<WireServer["behave"]>[1] = {}) {
  const name = `m-${++modelCounter}`;
  wire.behave(name, behaviour);
  return name;
}
const seen = (name: string) => wire.requests.filter((entry) => entry.body.model === name);

describe.each(kinds)("%s", (kind) => {
  it("streams start → delta* → usage → done with the provider's usage and exact cost", async () => {
    const name = model();
    const { events, result } = await collect(kind, request(name, { temperature: 0.2, maxTokens: 50, stop: ["END"] }));
    expect(events.map((event) => event.type)).toEqual(["start", "delta", "delta", "delta", "delta", "delta", "delta", "usage", "done"]);
    expect(result).toMatchObject({
      status: "done",
      text: "Hello from the wire server.",
      inputTokens: 11,
      outputTokens: 6,
      tokensEstimated: false,
      attempts: 1,
      errorKind: null,
      costUsd: "0.0000875", // (11 × 2.50 + 6 × 10.00) / 1e6
    });
    const sent = seen(name)[0]!.body;
    expect(sent.stream).toBe(true);
    expect(sent.temperature).toBe(0.2);
    if (kind === "anthropic") {
      expect(sent).toMatchObject({ system: "Be brief.", max_tokens: 50, stop_sequences: ["END"], messages: [{ role: "user", content: "Say hello." }] });
    } else {
      expect(sent).toMatchObject({ max_tokens: 50, stop: ["END"], stream_options: { include_usage: true } });
    }
  });

  it("measures TTFT and total on the server's schedule", async () => {
    const name = model({ ttftMs: 150, chunkDelayMs: 40 });
    const { result } = await collect(kind, request(name));
    // The server waits 150 ms before the first token and 40 ms between the 6 chunks (200 ms).
    expect(result.ttftMs).toBeGreaterThanOrEqual(150);
    expect(result.ttftMs).toBeLessThan(150 + 250);
    expect(result.totalMs).toBeGreaterThanOrEqual(350);
    expect(result.totalMs).toBeLessThan(350 + 400);
  });

  it("honours Retry-After on a 429 and succeeds on the second attempt", async () => {
    const name = model({ faults: [{ type: "status", status: 429, retryAfterSeconds: 1 }] });
    const started = performance.now();
    const { result, events } = await collect(kind, request(name));
    expect(performance.now() - started).toBeGreaterThanOrEqual(1000);
    expect(result).toMatchObject({ status: "done", attempts: 2, text: "Hello from the wire server." });
    expect(events.filter((event) => event.type === "start")).toHaveLength(2);
    expect(seen(name)).toHaveLength(2);
  });

  it("retries 5xx with backoff up to the attempt limit, then stores the error", async () => {
    const recovering = model({ faults: [{ type: "status", status: 500 }, { type: "status", status: 503 }] });
    expect((await collect(kind, request(recovering))).result).toMatchObject({ status: "done", attempts: 3 });

    const down = model({ alwaysFault: { type: "status", status: 502, message: "bad gateway" } });
    const { result, events } = await collect(kind, request(down), { maxAttempts: 2 });
    expect(result).toMatchObject({ status: "error", errorKind: "server", attempts: 2, text: "", costUsd: "0", inputTokens: 0 });
    expect(events.at(-1)?.type).toBe("error");
    expect(seen(down)).toHaveLength(2);
  });

  it("does not retry what cannot succeed: 401 is auth, 404 is not_found, 400 is bad_request", async () => {
    for (const [status, errorKind] of [[401, "auth"], [404, "not_found"], [400, "bad_request"]] as const) {
      const name = model({ alwaysFault: { type: "status", status } });
      const { result } = await collect(kind, request(name));
      expect(result, `status ${status}`).toMatchObject({ status: "error", errorKind, attempts: 1 });
      expect(seen(name)).toHaveLength(1);
    }
  });

  it("keeps the partial text of a stream cut mid-way and never retries after the first token", async () => {
    const name = model({ faults: [{ type: "cut", afterChunks: 3 }] });
    const { result } = await collect(kind, request(name));
    expect(result).toMatchObject({ status: "error", errorKind: "network", text: "Hello from the", attempts: 1, tokensEstimated: true });
    expect(result.outputTokens).toBeGreaterThan(0);
    expect(Number(result.costUsd)).toBeGreaterThan(0);
    expect(seen(name)).toHaveLength(1);
  });

  it("stores a malformed chunk as an error with the text before it", async () => {
    const name = model({ faults: [{ type: "malformed", afterChunks: 2 }] });
    const { result } = await collect(kind, request(name));
    expect(result.status).toBe("error");
    expect(result.text).toBe("Hello from");
    expect(result.attempts).toBe(1);
    expect(result.errorMessage).toBeTruthy();
  });

  it("classifies an error event inside the stream by what the provider said, keeping the text before it", async () => {
    const overloaded = model({ faults: [{ type: "event_error", afterChunks: 2, errorType: kind === "anthropic" ? "overloaded_error" : "server_error", message: "Try again later" }] });
    const { result } = await collect(kind, request(overloaded));
    expect(result).toMatchObject({ status: "error", errorKind: "server", text: "Hello from", attempts: 1 });
    expect(result.errorMessage).toContain("Try again later");
    const limited = model({ faults: [{ type: "event_error", afterChunks: 1, errorType: kind === "anthropic" ? "rate_limit_error" : "rate_limit_exceeded" }] });
    expect((await collect(kind, request(limited))).result).toMatchObject({ status: "error", errorKind: "rate_limit", text: "Hello", attempts: 1 });
  });

  it("stores the provider's JSON error message, but nothing of a raw error body", async () => {
    const json = model({ faults: [{ type: "status", status: 400, message: "max_tokens is too large" }] });
    expect((await collect(kind, request(json))).result).toMatchObject({ errorKind: "bad_request", errorMessage: "HTTP 400 from the provider: max_tokens is too large" });
    const html = model({ alwaysFault: { type: "raw", status: 502, contentType: "text/html", body: "<html>upstream INTERNAL-MARKER-51 down</html>" } });
    const { result } = await collect(kind, request(html), { maxAttempts: 2 });
    expect(result).toMatchObject({ status: "error", errorKind: "server", errorMessage: "HTTP 502 from the provider.", attempts: 2 });
  });

  it("times out a hanging response, retrying it while no token has arrived", async () => {
    const name = model({ alwaysFault: { type: "hang" } });
    const { result } = await collect(kind, request(name), { timeoutMs: 300, maxAttempts: 2 });
    expect(result).toMatchObject({ status: "error", errorKind: "timeout", attempts: 2, ttftMs: null });
    expect(result.totalMs).toBeGreaterThanOrEqual(600);
    await expect.poll(() => seen(name).every((entry) => entry.clientClosedEarly)).toBe(true);
  });

  it("cancels on request, keeps the partial text, and closes the upstream connection", async () => {
    const name = model({ chunkDelayMs: 300 });
    const controller = new AbortController();
    const generator = streamCompletion(adapter(kind), request(name), { prices, signal: controller.signal });
    const events: StreamEvent[] = [];
    for await (const event of generator) {
      events.push(event);
      if (event.type === "delta") controller.abort();
    }
    const last = events.at(-1)!;
    expect(last.type).toBe("error");
    expect(last.type === "error" && last.result).toMatchObject({ status: "cancelled", errorKind: "cancelled", text: "Hello", attempts: 1 });
    await expect.poll(() => seen(name)[0]?.clientClosedEarly, { timeout: 5000 }).toBe(true);
    expect(seen(name)[0]!.finished).toBe(false);
  });

  it("lists the provider's models", async () => {
    const models = await adapter(kind).listModels(AbortSignal.timeout(5000));
    expect(models.map((entry) => entry.id)).toEqual(["wire-chat", "wire-large", "wire-small"]);
  });
});

describe("openai_compatible specifics", () => {
  it("counts tokens itself, flagged as estimated, when the server reports no usage", async () => {
    const name = model({ usage: false });
    const { result } = await collect("openai_compatible", request(name));
    expect(result).toMatchObject({ status: "done", tokensEstimated: true, outputTokens: 6 });
    expect(result.inputTokens).toBeGreaterThan(5);
  });

  it("sends max_completion_tokens to OpenAI itself", async () => {
    const name = model();
    const openai = adapterFor({ kind: "openai", baseUrl: wire.openaiBaseUrl, apiKey: "sk-wire", settings: {} });
    for await (const event of streamCompletion(openai, request(name, { maxTokens: 64 }), { prices })) void event;
    expect(seen(name)[0]!.body).toMatchObject({ max_completion_tokens: 64 });
    expect(seen(name)[0]!.body.max_tokens).toBeUndefined();
  });
});
