import { describe, expect, it } from "vitest";
import { describeAssertion } from "./describe";

describe("describeAssertion", () => {
  it("says each kind in words, money through the one money rule", () => {
    expect(describeAssertion({ type: "contains", value: "Paris", caseSensitive: false })).toBe('contains "Paris"');
    expect(describeAssertion({ type: "regex", pattern: "^\\d+$", flags: "i" })).toBe("matches /^\\d+$/i");
    expect(describeAssertion({ type: "max_latency_ms", metric: "ttft", value: 800 })).toBe("TTFT ≤ 800 ms");
    expect(describeAssertion({ type: "max_cost_usd", value: 0.002 })).toBe("cost ≤ $0.00200");
  });
});
