import { describe, expect, it } from "vitest";
import { percentile } from "../stats/percentile";
import { seededRandom } from "../stats/random";
import { figuresOf, metricFigures, prepareVariant, resampleByCase, type ScorecardItem } from "./scorecard-metrics";
import { multisetPercentile } from "../stats/multiset-percentile";

const item = (caseKey: string, overrides: Partial<ScorecardItem> = {}): ScorecardItem => ({
  caseKey,
  passed: true,
  errored: false,
  noisy: false,
  totalMs: 100,
  ttftMs: 10,
  outputTokens: 20,
  costUsd: 0.001,
  tokens: 100,
  contextUse: 0.01,
  ...overrides,
});

const figuresOfItems = (items: ScorecardItem[]) => {
  const resampled = resampleByCase([items], { resamples: 1000 });
  return metricFigures(resampled.prepared[0]!, resampled.values[0]!);
};

describe("scorecard figures of one variant", () => {
  const items = [
    item("c1", { totalMs: 100, costUsd: 0.002, tokens: 200 }),
    item("c2", { totalMs: 200, costUsd: 0.001, tokens: 100, noisy: true }),
    item("c3", { passed: false, errored: true, noisy: true, totalMs: null, ttftMs: null, outputTokens: null, contextUse: null, costUsd: 0, tokens: 0 }),
    item("c4", { passed: false, totalMs: 400, costUsd: 0.001, tokens: 300 }),
  ];

  it("computes each metric as documented, with its n", () => {
    const figures = figuresOfItems(items);
    expect(figures.pass_rate).toMatchObject({ estimate: 0.5, n: 4 }); // 2 of 4
    // percentile_cont(0.95) of 100, 200, 400: rank 0.95 × 2 = 1.9 → 200 + 0.9 × 200 = 380.
    expect(figures.total_ms_p95.estimate).toBeCloseTo(380, 9);
    expect(figures.total_ms_p95.n).toBe(3);
    // Σ cost ÷ Σ tokens × 1000 = 0.004 ÷ 600 × 1000 (a ratio estimate, not a mean of ratios).
    expect(figures.cost_per_1k_tokens_usd.estimate).toBeCloseTo((0.004 / 600) * 1000, 12);
    expect(figures.cost_per_1k_tokens_usd.n).toBe(3);
    // Σ cost ÷ passed = 0.004 ÷ 2.
    expect(figures.cost_per_useful_answer_usd.estimate).toBeCloseTo(0.002, 12);
    // Noisy cases c2 (answered) and c3 (error): 1 of 2.
    expect(figures.noisy_error_rate).toMatchObject({ estimate: 0.5, n: 2 });
    expect(figures.context_use.estimate).toBeCloseTo(0.01, 12);
    expect(figures.output_tokens).toMatchObject({ estimate: 20, n: 3 });
  });

  it("gives Wilson intervals for rates and says why a figure is missing", () => {
    // Wilson 95 % for 2 of 4: centre 0.5, half-width 1.96 × √(0.0625 + 0.0600) ÷ 1.9604 = 0.35.
    const pass = figuresOfItems(items).pass_rate;
    expect(pass.ci95![0]).toBeCloseTo(0.15, 3);
    expect(pass.ci95![1]).toBeCloseTo(0.85, 3);
    expect(figuresOfItems([item("c1")]).noisy_error_rate).toEqual({ estimate: null, ci95: null, n: 0, note: "no noisy cases" });
    expect(figuresOfItems([item("c1", { passed: false })]).cost_per_useful_answer_usd.note).toBe("no answer passed");
    expect(figuresOfItems([item("c1", { contextUse: null })]).context_use.note).toBe("context window unknown");
  });
});

describe("a draw of cases as counts", () => {
  it("multisetPercentile is percentile_cont of the values repeated as often as their case is counted", () => {
    const random = seededRandom(3);
    for (let trial = 0; trial < 200; trial++) {
      const cases = 1 + Math.floor(random() * 6);
      const pairs = Array.from({ length: 1 + Math.floor(random() * 10) }, () => [Math.round(random() * 1000), Math.floor(random() * cases)] as [number, number]).sort((a, b) => a[0] - b[0]);
      const times = Array.from({ length: cases }, () => Math.floor(random() * 3));
      const expanded = pairs.flatMap(([value, owner]) => Array<number>(times[owner]!).fill(value));
      for (const p of [0, 0.5, 0.95, 1]) {
        const got = multisetPercentile(Float64Array.from(pairs, ([value]) => value), Int32Array.from(pairs, ([, owner]) => owner), times, p);
        const want = percentile(expanded, p);
        if (want === null) expect(got).toBeNull();
        else expect(got).toBeCloseTo(want, 9);
      }
    }
  });

  it("gives every figure of a draw as if the drawn cases' items had been copied out", () => {
    const items = [
      item("a", { totalMs: 120, passed: false, noisy: true, errored: true, outputTokens: null, contextUse: null }),
      item("a", { totalMs: 300 }),
      item("b", { totalMs: 80, ttftMs: 5, costUsd: 0.004, tokens: 50, noisy: true }),
      item("c", { passed: false, costUsd: 0.002, outputTokens: 70, contextUse: 0.3 }),
    ];
    const caseIndex = new Map([["a", 0], ["b", 1], ["c", 2]]);
    const times = [2, 0, 3]; // a twice, b never, c three times
    // The same draw written out: case a's two items twice, case c's item three times.
    const copied = [items[0]!, items[1]!, items[0]!, items[1]!, items[3]!, items[3]!, items[3]!].map((entry, index) => ({ ...entry, caseKey: `copy${index}` }));
    const asCopied = prepareVariant(copied, new Map(copied.map((entry, index) => [entry.caseKey, index])));
    const drawn = figuresOf(prepareVariant(items, caseIndex), times);
    const reference = figuresOf(asCopied, new Array<number>(copied.length).fill(1));
    for (const [metric, value] of Object.entries(reference)) expect(drawn[metric as keyof typeof drawn], metric).toBeCloseTo(value!, 12);
  });

  it("draws whole cases, the same ones for every variant, and repeats for a seed", () => {
    const twice = ["a", "b", "c"].flatMap((key, index) => [item(key, { totalMs: 100 * (index + 1) }), item(key, { totalMs: 100 * (index + 1) })]);
    const first = resampleByCase([twice, twice], { seed: 7 });
    expect(first.cases).toEqual(["a", "b", "c"]);
    expect(first.resamples).toBe(1000);
    // Identical variants on the same draws have identical resampled figures.
    expect(Array.from(first.values[0]!.total_ms_p95)).toEqual(Array.from(first.values[1]!.total_ms_p95));
    expect(Array.from(resampleByCase([twice, twice], { seed: 7 }).values[0]!.total_ms_p95)).toEqual(Array.from(first.values[0]!.total_ms_p95));
    // A draw where nothing passed has no cost per useful answer (NaN), never Infinity.
    const onePass = [item("a", { passed: true }), item("b", { passed: false }), item("c", { passed: false })];
    const resampled = resampleByCase([onePass], { seed: 1 }).values[0]!.cost_per_useful_answer_usd;
    expect(resampled.some(Number.isNaN)).toBe(true);
    expect(resampled.some((value) => value === Infinity)).toBe(false);
  });
});
