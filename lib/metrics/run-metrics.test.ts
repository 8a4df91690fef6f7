import { describe, expect, it } from "vitest";
import { costPerUsefulAnswer, costPerUsefulAnswerUsd, passRate } from "./run-metrics";

describe("run metrics", () => {
  it("cost per useful answer charges failures and retries to the answers that passed", () => {
    // 10 calls at $0.01 (two of them failed, one answer failed its assertions): 7 useful answers.
    expect(costPerUsefulAnswer(0.1, 7)).toBeCloseTo(0.0142857, 6);
    expect(costPerUsefulAnswer(0.1, 0)).toBeNull();
    // The summary's decimal string: 0.1 / 7 = 0.014285714…, eight places.
    expect(costPerUsefulAnswerUsd("0.10000000", 7)).toBe("0.01428571");
    expect(costPerUsefulAnswerUsd("0.1", 0)).toBeNull();
    expect(passRate(7, 10)).toBe(0.7);
    expect(passRate(0, 0)).toBeNull();
  });
});
