import { describe, expect, it } from "vitest";
import { newcombePairedDifference } from "../stats/proportions";
import { correctByVariant, pairedDrop, type PassPair } from "./robustness";

const pairs = (both: number, onlyClean: number, onlyNoisy: number, neither: number): PassPair[] => [
  ...Array.from({ length: both }, () => ({ clean: true, noisy: true })),
  ...Array.from({ length: onlyClean }, () => ({ clean: true, noisy: false })),
  ...Array.from({ length: onlyNoisy }, () => ({ clean: false, noisy: true })),
  ...Array.from({ length: neither }, () => ({ clean: false, noisy: false })),
];

describe("paired drop from clean to noisy", () => {
  it("counts the drop, the discordant pairs, McNemar's exact p and Newcombe's interval with clean as A", () => {
    const drop = pairedDrop(pairs(4, 6, 0, 0));
    // 10 pairs, clean passes 10, noisy 4: a drop of 60 points; p = 2 × 0.5^6 = 0.03125.
    expect(drop).toMatchObject({ n: 10, cleanPassRate: 1, noisyPassRate: 0.4, brokenByNoise: 6, fixedByNoise: 0 });
    expect(drop.pValue).toBeCloseTo(0.03125, 12);
    expect(drop.drop).toBeCloseTo(0.6, 12);
    expect(drop.ci95).toEqual(newcombePairedDifference({ both: 4, onlyA: 6, onlyB: 0, neither: 0 }));
    expect(drop.ci95![0]).toBeGreaterThan(0);
  });

  it("says nothing without pairs, and a noise that helps is a negative drop", () => {
    expect(pairedDrop([])).toMatchObject({ n: 0, drop: null, ci95: null, pValue: null });
    expect(pairedDrop(pairs(0, 0, 3, 1)).drop).toBe(-0.75);
  });

  it("applies Holm across the kinds of each variant, not across variants", () => {
    const base = { variantName: "v", ...pairedDrop(pairs(4, 6, 0, 0)) };
    const flat = { variantName: "v", ...pairedDrop(pairs(10, 0, 0, 0)) };
    const result = correctByVariant([
      { ...base, variantId: "a", kind: "typos" },
      { ...flat, variantId: "a", kind: "casing" },
      { ...base, variantId: "b", kind: "typos" },
    ]);
    // Variant a: p = 0.03125 and 1 → Holm 0.0625 and 1; variant b alone keeps 0.03125.
    [0.0625, 1, 0.03125].forEach((p, index) => expect(result[index]!.pAdjusted).toBeCloseTo(p, 12));
    expect(result.map((row) => row.significant)).toEqual([false, false, true]);
    expect(result[2]!.sentence).toMatch(/^v passes 60\.0 points less often with typos than on the clean cases \(95 % CI 20\.1 to 83\.2 points, p = 0\.031, 10 pairs — a small sample\)\.$/);
    expect(result[0]!.sentence).toContain("No detectable effect of typos on v's pass rate (clean − noisy = 60.0 points;");
    expect(result[0]!.sentence).toContain("p = 0.063 after Holm");
  });
});
