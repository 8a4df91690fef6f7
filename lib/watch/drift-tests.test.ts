import { describe, expect, it } from "vitest";
import { compareWithBaseline, correctDrift, runFigures, type WatchUnit } from "./drift-tests";

const unit = (overrides: Partial<WatchUnit> = {}): WatchUnit => ({ passed: true, totalMs: 100, ttftMs: 20, costUsd: 0.001, outputTokens: 50, textHash: "h", text: "the same answer", ...overrides });
const side = (units: WatchUnit[]) => new Map(units.map((entry, index) => [`case${index}|1`, entry]));

describe("compareWithBaseline", () => {
  it("tests a pass-rate drop with McNemar: 12 of 40 cases lost, none gained → p = 2 × 0.5^12", () => {
    const baseline = side(Array.from({ length: 40 }, () => unit()));
    const current = side(Array.from({ length: 40 }, (_, index) => unit({ passed: index >= 12 })));
    const passRate = compareWithBaseline(baseline, current).find((test) => test.metric === "pass_rate")!;
    expect(passRate).toMatchObject({ n: 40, before: 1, after: 0.7 });
    expect(passRate.pValue).toBeCloseTo(2 * 0.5 ** 12, 15);
    expect(passRate.difference).toBeCloseTo(-0.3, 12);
    expect(passRate.ci95![1]).toBeLessThan(0);
  });

  it("finds a latency rise and longer answers, and nothing where nothing moved", () => {
    const baseline = side(Array.from({ length: 40 }, (_, index) => unit({ totalMs: 100 + index, outputTokens: 50 + (index % 5) })));
    const slower = side(Array.from({ length: 40 }, (_, index) => unit({ totalMs: 300 + index, outputTokens: 80 + (index % 5), textHash: index < 10 ? "other" : "h", text: index < 10 ? "something else entirely now" : "the same answer" })));
    const tests = correctDrift(compareWithBaseline(baseline, slower));
    const byMetric = Object.fromEntries(tests.map((test) => [test.metric, test]));
    expect(byMetric.total_ms_p95).toMatchObject({ before: expect.closeTo(137.05, 6), drift: true });
    expect(byMetric.output_tokens!.difference).toBeCloseTo(30, 12);
    expect(byMetric.output_tokens!.drift).toBe(true);
    expect(byMetric.pass_rate).toMatchObject({ pValue: 1, drift: false });
    expect(byMetric.changed_share).toMatchObject({ after: 0.25, pValue: null, drift: false });
    expect(byMetric.dissimilar_share!.after).toBe(0.25);

    const unchanged = correctDrift(compareWithBaseline(baseline, baseline));
    expect(unchanged.filter((test) => test.drift)).toEqual([]);
  });

  it("leaves tests without pairs empty", () => {
    const tests = compareWithBaseline(side([unit()]), new Map());
    expect(tests.every((test) => test.n === 0 && test.pValue === null && !test.drift)).toBe(true);
  });
});

describe("correctDrift", () => {
  it("calls a significant latency change under 10 % of the baseline, or over fewer than 30 answers, no drift", () => {
    const base = { n: 40, ci95: null, pAdjusted: null, drift: false, pValue: 0.001 };
    const [small, large] = correctDrift([
      { ...base, metric: "total_ms_p95", before: 1000, after: 1090, difference: 90 },
      { ...base, metric: "ttft_ms_p95", before: 100, after: 110, difference: 10 },
    ]);
    expect(small!.drift).toBe(false);
    expect(large!.drift).toBe(true);
    expect(correctDrift([{ ...base, n: 29, metric: "ttft_ms_p95", before: 100, after: 300, difference: 200 }])[0]!.drift).toBe(false);
  });

  it("applies Holm across all tests: p = 0.02 alone is drift, next to 0.03 and 0.04 it is not", () => {
    const base = { n: 40, before: 100, after: 200, difference: 100, ci95: null, pAdjusted: null, drift: false };
    expect(correctDrift([{ ...base, metric: "pass_rate", pValue: 0.02 }])[0]!.drift).toBe(true);
    const three = correctDrift([
      { ...base, metric: "pass_rate", pValue: 0.02 },
      { ...base, metric: "total_ms_p95", pValue: 0.03 },
      { ...base, metric: "output_tokens", pValue: 0.04 },
    ]);
    expect(three.map((test) => test.pAdjusted)).toEqual([0.06, 0.06, 0.06]);
    expect(three.some((test) => test.drift)).toBe(false);
  });
});

describe("runFigures", () => {
  it("gives each metric of one run with its interval", () => {
    const figures = runFigures(Array.from({ length: 20 }, (_, index) => unit({ passed: index % 4 !== 0 })));
    expect(figures.pass_rate).toMatchObject({ value: 0.75, n: 20 });
    expect(figures.total_ms_p95).toMatchObject({ value: 100, ci95: [100, 100] });
    expect(figures.cost_per_useful_answer_usd!.value).toBeCloseTo(0.02 / 15, 12);
  });
});
