import { describe, expect, it } from "vitest";
import { metricDefinitions, metricFigure, resampleByCase, type ScorecardItem } from "./scorecard-metrics";

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

describe("scorecard figures of one variant", () => {
  const items = [
    item("c1", { totalMs: 100, costUsd: 0.002, tokens: 200 }),
    item("c2", { totalMs: 200, costUsd: 0.001, tokens: 100, noisy: true }),
    item("c3", { passed: false, errored: true, noisy: true, totalMs: null, ttftMs: null, outputTokens: null, contextUse: null, costUsd: 0, tokens: 0 }),
    item("c4", { passed: false, totalMs: 400, costUsd: 0.001, tokens: 300 }),
  ];
  const value = (metric: keyof typeof metricDefinitions) => metricDefinitions[metric].value(items);

  it("computes each metric as documented", () => {
    expect(value("pass_rate")).toBe(0.5); // 2 of 4
    // percentile_cont(0.95) of 100, 200, 400: rank 0.95 × 2 = 1.9 → 200 + 0.9 × 200 = 380.
    expect(value("total_ms_p95")).toBeCloseTo(380, 9);
    // Σ cost ÷ Σ tokens × 1000 = 0.004 ÷ 600 × 1000 (a ratio estimate, not a mean of ratios).
    expect(value("cost_per_1k_tokens_usd")).toBeCloseTo((0.004 / 600) * 1000, 12);
    // Σ cost ÷ passed = 0.004 ÷ 2.
    expect(value("cost_per_useful_answer_usd")).toBeCloseTo(0.002, 12);
    // Noisy cases c2 (answered) and c3 (error): 1 of 2.
    expect(value("noisy_error_rate")).toBe(0.5);
    expect(value("context_use")).toBeCloseTo(0.01, 12);
    expect(value("output_tokens")).toBe(20);
    expect(metricDefinitions.total_ms_p95.n(items)).toBe(3);
    expect(metricDefinitions.noisy_error_rate.n(items)).toBe(2);
  });

  it("gives Wilson intervals for rates and says why a figure is missing", () => {
    // Wilson 95 % for 2 of 4: 0.1500 to 0.8500 (symmetric around 0.5).
    const pass = metricFigure("pass_rate", items, new Float64Array(0));
    expect(pass.ci95![0]).toBeCloseTo(0.15, 3);
    expect(pass.ci95![1]).toBeCloseTo(0.85, 3);
    expect(metricFigure("noisy_error_rate", [item("c1")], new Float64Array(0))).toEqual({ estimate: null, ci95: null, n: 0, note: "no noisy cases" });
    expect(metricFigure("cost_per_useful_answer_usd", [item("c1", { passed: false })], new Float64Array(0)).note).toBe("no answer passed");
  });
});

describe("resampling by case", () => {
  it("draws whole cases, the same ones for every variant, and repeats for a seed", () => {
    // Two repetitions of each case: a drawn case brings both.
    const twice = ["a", "b", "c"].flatMap((key, index) => [item(key, { totalMs: 100 * (index + 1) }), item(key, { totalMs: 100 * (index + 1) })]);
    const first = resampleByCase([twice, twice], { seed: 7 });
    expect(first.cases).toEqual(["a", "b", "c"]);
    expect(first.resamples).toBe(1000);
    // Identical variants on the same draws have identical resampled figures.
    expect(Array.from(first.values[0]!.total_ms_p95)).toEqual(Array.from(first.values[1]!.total_ms_p95));
    expect(Array.from(resampleByCase([twice, twice], { seed: 7 }).values[0]!.total_ms_p95)).toEqual(Array.from(first.values[0]!.total_ms_p95));
    // A resample where nothing passed has no cost per useful answer (NaN), never Infinity.
    const onePass = [item("a", { passed: true }), item("b", { passed: false }), item("c", { passed: false })];
    const resampled = resampleByCase([onePass], { seed: 1 }).values[0]!.cost_per_useful_answer_usd;
    expect(resampled.some(Number.isNaN)).toBe(true);
  });
});
