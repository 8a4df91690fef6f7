import { describe, expect, it } from "vitest";
import { comparePaired, correctAcrossPairs, type UnitFigures } from "./paired-comparison";
import { comparisonSentence } from "./sentences";

const unit = (passed: boolean, totalMs = 1000, costUsd = 0.001): UnitFigures => ({ passed, totalMs, ttftMs: totalMs / 4, costUsd, outputTokens: 50, judgeScore: null, rating: null });
const side = (units: UnitFigures[]) => new Map(units.map((figures, index) => [`case${index}|0`, figures]));

describe("comparePaired", () => {
  it("pairs units by key and tests pass rates with exact McNemar on the discordant cases", () => {
    // 40 cases: 30 both pass, 8 only A, 1 only B, 1 neither. Two-sided exact p = 2 × 10/512.
    const outcomes = [...Array(30).fill([true, true]), ...Array(8).fill([true, false]), [false, true], [false, false]] as Array<[boolean, boolean]>;
    const a = side(outcomes.map(([x]) => unit(x)));
    const b = side(outcomes.map(([, y]) => unit(y)));
    b.set("only-in-b|0", unit(true)); // not paired: left out
    const passRate = comparePaired("A", "B", a, b).find((comparison) => comparison.metric === "pass_rate")!;
    expect(passRate).toMatchObject({ n: 40, aValue: 38 / 40, bValue: 31 / 40, significant: true, small: false, counts: { both: 30, onlyA: 8, onlyB: 1, neither: 1 } });
    expect(passRate.pValue).toBeCloseTo(20 / 512, 14);
    expect(passRate.difference).toBeCloseTo(-7 / 40, 12);
    expect(passRate.ci95![0]).toBeLessThan(passRate.difference!);
    expect(passRate.ci95![1]).toBeGreaterThan(passRate.difference!);
    expect(passRate.ci95![1]).toBeLessThan(0);
    expect(comparisonSentence(passRate, { a: "A", b: "B" })).toMatch(/^B passes 17\.5 points less often than A \(95 % CI -\d+\.\d to -\d+\.\d points, p = 0\.039, 40 paired cases\)\.$/);
  });

  it("gives latency a ratio interval and calls equal figures no different", () => {
    const a = side(Array.from({ length: 50 }, (_, i) => unit(true, 1000 + i)));
    const b = side(Array.from({ length: 50 }, (_, i) => unit(true, 1500 + i)));
    const p95 = comparePaired("A", "B", a, b).find((comparison) => comparison.metric === "total_ms_p95")!;
    expect(p95.difference).toBeCloseTo(500, 6);
    expect(p95.ratio!.estimate).toBeCloseTo((1500 + 0.95 * 49) / (1000 + 0.95 * 49), 10);
    expect(p95.ratio!.ci95![0]).toBeGreaterThan(1.4);
    const cost = comparePaired("A", "B", a, b).find((comparison) => comparison.metric === "cost_per_answer_usd")!;
    expect(cost).toMatchObject({ difference: 0, ci95: [0, 0], significant: false });
    expect(comparisonSentence(cost, { a: "A", b: "B" })).toBe("No detectable difference in cost per answer between A and B (B − A = $0.000000; 95 % CI $0.000000 to $0.000000, 50 paired cases).");
  });
});

describe("correctAcrossPairs", () => {
  it("applies Holm to the pass-rate p-values of a run's pairs", () => {
    const comparison = (p: number) => ({ metric: "pass_rate" as const, a: "x", b: "y", n: 50, aValue: 0.5, bValue: 0.6, difference: 0.1, ci95: [0.01, 0.2] as [number, number], pValue: p, pAdjusted: p, significant: p < 0.05, small: false });
    // Holm on 0.01, 0.04, 0.03: sorted 0.01 × 3 = 0.03, 0.03 × 2 = 0.06, 0.04 × 1 → max(0.06, 0.04) = 0.06.
    const corrected = correctAcrossPairs([comparison(0.01), comparison(0.04), comparison(0.03)]);
    expect(corrected.map((entry) => entry.pAdjusted)).toEqual([0.03, 0.06, 0.06]);
    expect(corrected.map((entry) => entry.significant)).toEqual([true, false, false]);
  });
});
