import { describe, expect, it } from "vitest";
import { costUsd, elapsedMs, tokensPerSecond } from "./completion-metrics";

describe("completion metrics", () => {
  it("prices tokens per million exactly, summed over attempts", () => {
    const prices = { inputPricePerMTok: "3.00", outputPricePerMTok: "15.00" };
    expect(costUsd(prices, [{ inputTokens: 1000, outputTokens: 500 }]).toString()).toBe("0.0105");
    expect(costUsd(prices, [{ inputTokens: 1000, outputTokens: 500 }, { inputTokens: 1000, outputTokens: 0 }]).toString()).toBe("0.0135");
    // 0.1 + 0.2 style float errors must not creep into money.
    expect(costUsd({ inputPricePerMTok: "0.1", outputPricePerMTok: "0.2" }, [{ inputTokens: 1_000_000, outputTokens: 1_000_000 }]).toString()).toBe("0.3");
    expect(costUsd(prices, []).toString()).toBe("0");
  });

  it("prices cached, cache-written and reasoning tokens at their own prices (the worked example)", () => {
    const prices = { inputPricePerMTok: "2.50", outputPricePerMTok: "10.00", cachedInputPricePerMTok: "1.25", reasoningPricePerMTok: null };
    // 600 × 2.50 + 400 × 1.25 + 100 × 10.00 + 200 × 10.00 = 5000 per million.
    expect(costUsd(prices, [{ inputTokens: 1000, outputTokens: 300, cachedInputTokens: 400, reasoningTokens: 200 }]).toString()).toBe("0.005");
    // Anthropic's input stored as the total 1100: 600 × 2.50 + 400 × 1.25 + 100 × 3.125 = 2312.5.
    const anthropic = { ...prices, cacheWritePricePerMTok: "3.125" };
    expect(costUsd(anthropic, [{ inputTokens: 1100, outputTokens: 0, cachedInputTokens: 400, cacheWriteInputTokens: 100 }]).toString()).toBe("0.0023125");
    // A reasoning price of its own: 100 × 10 + 200 × 40 = 9000.
    expect(costUsd({ ...prices, reasoningPricePerMTok: "40" }, [{ inputTokens: 0, outputTokens: 300, reasoningTokens: 200 }]).toString()).toBe("0.009");
    // Without special prices every token is plain input or output: the same as not reporting them.
    const plain = { inputPricePerMTok: "2.50", outputPricePerMTok: "10.00" };
    expect(costUsd(plain, [{ inputTokens: 1000, outputTokens: 300, cachedInputTokens: 400, cacheWriteInputTokens: 100, reasoningTokens: 200 }]).toString()).toBe(
      costUsd(plain, [{ inputTokens: 1000, outputTokens: 300 }]).toString(),
    );
  });

  it("measures tokens per second over the generation, not the wait for the first token", () => {
    expect(tokensPerSecond(100, 500, 1500)).toBe(100);
    expect(tokensPerSecond(0, 500, 1500)).toBeNull();
    expect(tokensPerSecond(10, 500, 500)).toBeNull();
    expect(tokensPerSecond(10, null, 500)).toBeNull();
  });

  it("rounds monotonic clock differences to whole milliseconds, never negative", () => {
    expect(elapsedMs(100.2, 350.7)).toBe(251);
    expect(elapsedMs(5, 4)).toBe(0);
  });
});
