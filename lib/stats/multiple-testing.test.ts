import { describe, expect, it } from "vitest";
import { holm } from "./multiple-testing";
import { seededRandom } from "./random";

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

  it("keeps the chance of any false claim at or below 5 % when nothing differs (seeded simulation)", () => {
    // Ten true null hypotheses, independent uniform p-values. Unadjusted, 1 − 0.95^10 = 40.1 % of
    // families show at least one p ≤ 0.05. Holm rejects anything only if the smallest p ≤ 0.05/10,
    // so exactly 1 − 0.995^10 = 4.889 % of families do (Monte-Carlo SE 0.15 points at 20,000).
    const random = seededRandom(8);
    let unadjusted = 0;
    let adjusted = 0;
    const families = 20_000;
    for (let family = 0; family < families; family++) {
      const p = Array.from({ length: 10 }, () => random());
      if (p.some((value) => value <= 0.05)) unadjusted += 1;
      if (holm(p).some((value) => value <= 0.05)) adjusted += 1;
    }
    expect(unadjusted / families).toBeCloseTo(1 - 0.95 ** 10, 1);
    expect(Math.abs(adjusted / families - (1 - 0.995 ** 10))).toBeLessThan(0.0045); // 3 SE
  });
});
