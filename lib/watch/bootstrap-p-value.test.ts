import { describe, expect, it } from "vitest";
import { bootstrapPValue } from "./bootstrap-p-value";

describe("bootstrapPValue", () => {
  it("is 2(1 + smaller tail count)/(B + 1)", () => {
    // 999 resamples, 4 at or below zero: 2 × 5 / 1000.
    const differences = [...Array.from({ length: 995 }, (_, k) => k + 1), -1, -2, -3, 0];
    expect(bootstrapPValue(differences)).toBeCloseTo(0.01, 12);
    // All above zero: the smallest p 999 resamples can give, 2/1000.
    expect(bootstrapPValue(Array.from({ length: 999 }, () => 5))).toBeCloseTo(0.002, 12);
  });

  it("is 1 for a symmetric or empty spread, and zeros count on both sides", () => {
    expect(bootstrapPValue([-2, -1, 1, 2])).toBe(1);
    expect(bootstrapPValue(Array.from({ length: 99 }, () => 0))).toBe(1);
    expect(bootstrapPValue([])).toBe(1);
  });
});
