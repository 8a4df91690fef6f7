import { describe, expect, it } from "vitest";
import { costPerUsefulAnswer, passRate, percentile } from "./run-metrics";

describe("run metrics", () => {
  it("percentile interpolates between closest ranks like percentile_cont", () => {
    expect(percentile([], 0.5)).toBeNull();
    expect(percentile([7], 0.99)).toBe(7);
    expect(percentile([4, 1, 3, 2], 0.5)).toBe(2.5);
    const hundred = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(hundred, 0.95)).toBeCloseTo(95.05, 10);
    expect(percentile(hundred, 0.99)).toBeCloseTo(99.01, 10);
    expect(percentile([10, 20], 1)).toBe(20);
  });

  it("cost per useful answer charges failures and retries to the answers that passed", () => {
    // 10 calls at $0.01 (two of them failed, one answer failed its assertions): 7 useful answers.
    expect(costPerUsefulAnswer(0.1, 7)).toBeCloseTo(0.0142857, 6);
    expect(costPerUsefulAnswer(0.1, 0)).toBeNull();
    expect(passRate(7, 10)).toBe(0.7);
    expect(passRate(0, 0)).toBeNull();
  });
});
