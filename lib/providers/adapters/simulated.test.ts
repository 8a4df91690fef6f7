import { describe, expect, it } from "vitest";
import { streamCompletion, type StreamEvent } from "../stream";
import type { CompletionRequest } from "../types";
import { defaultProfiles, simulatedAdapter, simulatedAnswer } from "./simulated";

const request = (seed: number | null = 7, model = "sim-fast"): CompletionRequest => ({
  model,
  messages: [{ role: "user", content: "Which model should we pick for support tickets?" }],
  params: { temperature: 0.7, seed },
});
const prices = { inputPricePerMTok: "0.10", outputPricePerMTok: "0.40" };

async function run(settings: Record<string, unknown>, req: CompletionRequest, signal?: AbortSignal) {
  const adapter = simulatedAdapter({ kind: "simulated", baseUrl: null, apiKey: null, settings });
  const events: StreamEvent[] = [];
  for await (const event of streamCompletion(adapter, req, { prices, signal })) events.push(event);
  const last = events.at(-1)!;
  if (last.type !== "done" && last.type !== "error") throw new Error("no result");
  return { events, result: last.result };
}

describe("simulated provider", () => {
  it("answers the same request with the same text, and a different seed differently", () => {
    const profile = defaultProfiles["sim-fast"]!;
    expect(simulatedAnswer(request(7), profile).join("")).toBe(simulatedAnswer(request(7), profile).join(""));
    expect(simulatedAnswer(request(8), profile).join("")).not.toBe(simulatedAnswer(request(7), profile).join(""));
    expect(simulatedAnswer(request(7), profile).join("")).toContain("(Simulated answer)");
    expect(simulatedAnswer(request(7), profile).join("")).not.toContain("sim-fast");
  });

  it("streams with the profile's latency and reports its own usage", async () => {
    const { result, events } = await run({ simulated: { profiles: { "sim-fast": { ttftMs: 100, tokensPerSecond: 400, minTokens: 40, maxTokens: 40 } } } }, request());
    expect(result.status).toBe("done");
    expect(result.tokensEstimated).toBe(false);
    expect(events.filter((event) => event.type === "delta").length).toBeGreaterThan(1);
    expect(result.ttftMs).toBeGreaterThanOrEqual(80); // 100 ms ± 20 % jitter
    // 40 words at 400/s take ~100 ms after the first token.
    expect(result.totalMs - result.ttftMs!).toBeGreaterThanOrEqual(70);
    expect(result.text.split(" ").length).toBeGreaterThanOrEqual(35);
  });

  it("fails per its error profile, keeps partial text when cut, and honours max_tokens", async () => {
    const failing = await run({ simulated: { speed: 50, profiles: { "sim-fast": { errorRate: 1 } } } }, request());
    expect(failing.result).toMatchObject({ status: "error", errorKind: "server", attempts: 3 });

    const cut = await run({ simulated: { speed: 50, profiles: { "sim-fast": { cutRate: 1 } } } }, request());
    expect(cut.result).toMatchObject({ status: "error", errorKind: "network", attempts: 1 });
    expect(cut.result.text.length).toBeGreaterThan(0);

    const short = await run({ simulated: { speed: 50 } }, { ...request(), params: { maxTokens: 5 } });
    expect(short.result).toMatchObject({ status: "done", finishReason: "length" });
    expect(short.result.text.trim().split(/\s+/)).toHaveLength(5);
  });

  it("stops when cancelled", async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const { result } = await run({}, request(1, "sim-large"), controller.signal);
    expect(result.status).toBe("cancelled");
    expect(result.totalMs).toBeLessThan(500);
  });
});
