import { describe, expect, it } from "vitest";
import { percentile } from "./percentile";

describe("percentile", () => {
  it("percentile interpolates between closest ranks like percentile_cont", () => {
    expect(percentile([], 0.5)).toBeNull();
    expect(percentile([7], 0.99)).toBe(7);
    expect(percentile([4, 1, 3, 2], 0.5)).toBe(2.5);
    const hundred = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(hundred, 0.95)).toBeCloseTo(95.05, 10);
    expect(percentile(hundred, 0.99)).toBeCloseTo(99.01, 10);
    expect(percentile([10, 20], 1)).toBe(20);
  });
});
