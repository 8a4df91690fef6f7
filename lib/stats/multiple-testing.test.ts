import { describe, expect, it } from "vitest";
import { holm } from "./multiple-testing";

describe("holm", () => {
  it("multiplies the i-th smallest p by (m − i + 1), keeps the order given, and stays monotone", () => {
    // Exact arithmetic: sorted 0.005, 0.01, 0.03, 0.04 → ×4, ×3, ×2, ×1 = 0.02, 0.03, 0.06, 0.04;
    // the last is raised to 0.06 so that a larger p never gets a smaller adjusted value.
    const adjusted = holm([0.01, 0.04, 0.03, 0.005]);
    const expected = [0.03, 0.06, 0.06, 0.02];
    adjusted.forEach((value, i) => expect(value).toBeCloseTo(expected[i]!, 15));
  });

  it("caps at 1 and handles ties, one and no p-values", () => {
    // 0.5 × 2 = 1, then 0.6 × 1 = 0.6 is raised to 1.
    expect(holm([0.5, 0.6])).toEqual([1, 1]);
    expect(holm([0.02, 0.02])).toEqual([0.04, 0.04]);
    expect(holm([0.3])).toEqual([0.3]);
    expect(holm([])).toEqual([]);
    expect(() => holm([1.2])).toThrow(RangeError);
  });

  it("rejects at least as much as Bonferroni", () => {
    const p = [0.001, 0.012, 0.02, 0.3, 0.04];
    const bonferroni = p.map((value) => Math.min(1, value * p.length));
    holm(p).forEach((value, i) => expect(value).toBeLessThanOrEqual(bonferroni[i]!));
  });
});
