import { describe, expect, it } from "vitest";
import { interval95, pairedPassRate, resamplePairs } from "./paired-tests";

describe("pairedPassRate", () => {
  it("reads the 2×2 table and tests the discordant pairs exactly", () => {
    // 5 both, 1 only A, 9 only B, 5 neither: McNemar exact two-sided p = 2 · P(X ≤ 1 | n = 10, ½) = 22/1024.
    const pairs = [
      ...Array.from({ length: 5 }, () => [true, true] as const),
      [true, false] as const,
      ...Array.from({ length: 9 }, () => [false, true] as const),
      ...Array.from({ length: 5 }, () => [false, false] as const),
    ];
    const test = pairedPassRate(pairs)!;
    expect(test.counts).toEqual({ both: 5, onlyA: 1, onlyB: 9, neither: 5 });
    expect(test.aValue).toBeCloseTo(6 / 20, 12);
    expect(test.bValue).toBeCloseTo(14 / 20, 12);
    expect(test.difference).toBeCloseTo(0.4, 12);
    expect(test.pValue).toBeCloseTo(22 / 1024, 12);
    expect(test.ci95[0]).toBeLessThan(0.4);
    expect(test.ci95[1]).toBeGreaterThan(0.4);
  });

  it("has nothing to say without pairs", () => {
    expect(pairedPassRate([])).toBeNull();
  });
});

describe("resamplePairs", () => {
  const a = [10, 12, 11, 13, 9, 10, 14, 12];
  const b = a.map((value) => value + 2);
  const mean = (values: number[], indices: Int32Array) => Array.from(indices, (index) => values[index]!).reduce((sum, value) => sum + value, 0) / indices.length;

  it("hands the same indices to both sides, so a constant shift has a zero-width interval", () => {
    const { estimate, resamples } = resamplePairs(a.length, 7, (indices) => [mean(a, indices), mean(b, indices)]);
    expect(estimate[1]! - estimate[0]!).toBeCloseTo(2, 12);
    expect(resamples!.differences.length).toBe(1000);
    expect(interval95(resamples!.differences)).toEqual([expect.closeTo(2, 9), expect.closeTo(2, 9)]);
  });

  it("is deterministic for a seed and leaves out resamples where a side has no figure", () => {
    const run = () => resamplePairs(a.length, 3, (indices) => [indices.includes(0) ? mean(a, indices) : null, mean(b, indices)]);
    const first = run();
    expect(first.resamples!.differences).toEqual(run().resamples!.differences);
    expect(first.resamples!.differences.length).toBeLessThan(1000);
  });

  it("returns no resamples without units", () => {
    expect(resamplePairs(0, 1, () => [1, 1])).toEqual({ estimate: [null, null], resamples: null });
  });
});
