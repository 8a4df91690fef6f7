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
