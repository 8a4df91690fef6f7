import { describe, expect, it } from "vitest";
import { streamCompletion, type StreamEvent } from "../stream";
import type { CompletionRequest } from "../types";
import { defaultProfiles, simulatedAdapter, simulatedAnswer, simulatedSettingsSchema } from "./simulated";

const request = (seed: number | null = 7, model = "sim-fast", temperature = 0.7): CompletionRequest => ({
  model,
  messages: [{ role: "user", content: "Which model should we pick for support tickets?" }],
  params: { temperature, seed },
});
const prices = { inputPricePerMTok: "0.10", outputPricePerMTok: "0.40" };
/** No retried failures: a test of one behaviour sees only that behaviour. */
const quiet = { rateLimitRate: 0, errorRate: 0, timeoutRate: 0 };

async function run(settings: Record<string, unknown>, req: CompletionRequest, signal?: AbortSignal) {
  const adapter = simulatedAdapter({ kind: "simulated", baseUrl: null, apiKey: null, settings });
  const events: StreamEvent[] = [];
  for await (const event of streamCompletion(adapter, req, { prices, signal, backoffBaseMs: 1 })) events.push(event);
  const last = events.at(-1)!;
  if (last.type !== "done" && last.type !== "error") throw new Error("no result");
  return { events, result: last.result };
}

describe("simulated provider", () => {
  it("answers the same request with the same text, and a different seed differently", () => {
    const profile = defaultProfiles["sim-fast"]!;
    expect(simulatedAnswer(request(7), profile)).toBe(simulatedAnswer(request(7), profile));
    expect(simulatedAnswer(request(8), profile)).not.toBe(simulatedAnswer(request(7), profile));
    expect(simulatedAnswer(request(7), profile)).toContain("(Simulated answer)");
    expect(simulatedAnswer(request(7), profile)).not.toContain("sim-fast");
  });

  it("repeats itself at temperature 0 and varies at temperature > 0 without a seed", async () => {
    const settings = { simulated: { speed: 100, profiles: { "sim-fast": quiet } } };
    const cold = await Promise.all([run(settings, request(null, "sim-fast", 0)), run(settings, request(null, "sim-fast", 0))]);
    expect(cold[0].result.text).toBe(cold[1].result.text);
    const hot = await Promise.all([run(settings, request(null, "sim-fast", 0.8)), run(settings, request(null, "sim-fast", 0.8))]);
    expect(hot[0].result.text).not.toBe(hot[1].result.text);
  });

  it("streams with the profile's latency and reports its own usage", async () => {
    const profile = { ...quiet, ttftMs: 100, ttftSpread: 0, tokensPerSecond: 400, tokensPerSecondSpread: 0, minTokens: 40, maxTokens: 40 };
    const { result, events } = await run({ simulated: { profiles: { "sim-fast": profile } } }, request());
    expect(result.status).toBe("done");
    expect(result.tokensEstimated).toBe(false);
    expect(events.filter((event) => event.type === "delta").length).toBeGreaterThan(1);
    expect(result.ttftMs).toBeGreaterThanOrEqual(95);
    // 40 words at 400/s take ~100 ms after the first token.
    expect(result.totalMs - result.ttftMs!).toBeGreaterThanOrEqual(70);
    expect(result.text.split(" ").length).toBeGreaterThanOrEqual(35);
  });

  it("fails per its error profile: 429s, 500s and timeouts are retried, cut streams keep their text", async () => {
    const failing = await run({ simulated: { speed: 50, profiles: { "sim-fast": { ...quiet, errorRate: 1 } } } }, request());
    expect(failing.result).toMatchObject({ status: "error", errorKind: "server", attempts: 3, text: "" });
    const limited = await run({ simulated: { speed: 50, profiles: { "sim-fast": { ...quiet, rateLimitRate: 1 } } } }, request());
    expect(limited.result).toMatchObject({ status: "error", errorKind: "rate_limit", attempts: 3 });
    const slow = await run({ simulated: { speed: 50, profiles: { "sim-fast": { ...quiet, timeoutRate: 1 } } } }, request());
    expect(slow.result).toMatchObject({ status: "error", errorKind: "timeout", attempts: 3 });

    const cut = await run({ simulated: { speed: 50, profiles: { "sim-fast": { ...quiet, cutRate: 1 } } } }, request());
    expect(cut.result).toMatchObject({ status: "error", errorKind: "network", attempts: 1 });
    expect(cut.result.text.length).toBeGreaterThan(0);
  });

  it("honours max_tokens and stop sequences", async () => {
    const settings = { simulated: { speed: 50, profiles: { "sim-fast": quiet } } };
    const short = await run(settings, { ...request(), params: { maxTokens: 5 } });
    expect(short.result).toMatchObject({ status: "done", finishReason: "length" });
    expect(short.result.text.trim().split(/\s+/)).toHaveLength(5);
    const stopped = await run(settings, { ...request(), params: { temperature: 0, stop: [")"] } });
    expect(stopped.result).toMatchObject({ status: "done", finishReason: "stop", text: "(Simulated answer" });
  });

  it("accepts versions, presets and nested rates in settings, and refuses unknown fields", () => {
    expect(simulatedSettingsSchema.parse({ profiles: { "sim-fast": { version: 2 }, "sim-large": { preset: "degraded", instructions: { json: 0.5 } } } })).toMatchObject({ speed: 1 });
    expect(simulatedSettingsSchema.safeParse({ profiles: { "sim-fast": { instructions: { json: 2 } } } }).success).toBe(false);
    expect(simulatedSettingsSchema.safeParse({ profiles: { "sim-fast": { typo: 1 } } }).success).toBe(false);
  });

  it("stops when cancelled", async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const { result } = await run({}, request(1, "sim-large"), controller.signal);
    expect(result.status).toBe("cancelled");
    expect(result.totalMs).toBeLessThan(500);
  });
});
