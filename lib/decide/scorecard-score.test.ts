import { describe, expect, it } from "vitest";
import { scorecardMetrics } from "./scorecard-metrics";
import { bestOf, countedMetrics, DEFAULT_WEIGHTS, normalise, rankByScore, separationSentence, weightedScore, type Figures, type Weights } from "./scorecard-score";

const figures = (values: Partial<Figures>): Figures => ({ ...(Object.fromEntries(scorecardMetrics.map((metric) => [metric, null])) as Figures), ...values });
const only = (values: Partial<Weights>): Weights => ({ ...(Object.fromEntries(scorecardMetrics.map((metric) => [metric, 0])) as Weights), ...values });

describe("normalisation (1 is best)", () => {
  it("scores shares as themselves, error rates as 1 − rate", () => {
    expect(normalise("pass_rate", 0.8, 0.5)).toBe(0.8);
    expect(normalise("noisy_error_rate", 0.25, 0)).toBe(0.75);
  });

  it("scores lower-is-better amounts as best ÷ value, so twice the cost is half the score", () => {
    expect(normalise("total_ms_p95", 1000, 500)).toBe(0.5);
    expect(normalise("total_ms_p95", 500, 500)).toBe(1);
    // A resample faster than the best estimate still scores 1: the score stays within 0–1.
    expect(normalise("total_ms_p95", 400, 500)).toBe(1);
    expect(normalise("cost_per_1k_tokens_usd", 0, 0)).toBe(1);
    expect(normalise("cost_per_1k_tokens_usd", 0.002, 0)).toBe(0);
  });

  it("scores a missing cost per useful answer (nothing passed) as the worst, other missing figures as unknown", () => {
    expect(normalise("cost_per_useful_answer_usd", null, 0.01)).toBe(0);
    expect(normalise("context_use", null, 0.1)).toBeNull();
    expect(normalise("noisy_error_rate", null, null)).toBeNull();
  });
});

describe("weighted score", () => {
  it("is Σ weight × normalised ÷ Σ weight over the metrics every variant has", () => {
    const a = figures({ pass_rate: 0.9, total_ms_p95: 1000, noisy_error_rate: null });
    const b = figures({ pass_rate: 0.6, total_ms_p95: 500, noisy_error_rate: null });
    const weights = only({ pass_rate: 3, total_ms_p95: 1, noisy_error_rate: 1 });
    const { counted, leftOut } = countedMetrics(weights, [a, b], ["A", "B"]);
    expect(counted).toEqual(["pass_rate", "total_ms_p95"]);
    expect(leftOut).toEqual(["error rate on noisy cases is left out of the score: no figure for A, B."]);
    const best = bestOf([a, b]);
    expect(best.total_ms_p95).toBe(500);
    // A: (3 × 0.9 + 1 × 500/1000) ÷ 4 = (2.7 + 0.5) ÷ 4 = 0.8; B: (3 × 0.6 + 1 × 1) ÷ 4 = 0.7.
    expect(weightedScore(a, best, weights, counted)).toBeCloseTo(0.8, 12);
    expect(weightedScore(b, best, weights, counted)).toBeCloseTo(0.7, 12);
    expect(weightedScore(a, best, only({}), [])).toBeNull();
  });

  it("defaults to quality three times latency and cost", () => {
    expect(DEFAULT_WEIGHTS).toMatchObject({ pass_rate: 3, total_ms_p95: 1, cost_per_useful_answer_usd: 1, noisy_error_rate: 1 });
  });
});

describe("ranking and separation", () => {
  // Resampled scores built by hand: A is 0.10 above B in every resample (separable); B and C are
  // 0.02 apart on average but swap places in some resamples (not separable).
  const resamples = 200;
  const a = Float64Array.from({ length: resamples }, (_, r) => 0.8 + (r % 10) / 100);
  const b = Float64Array.from({ length: resamples }, (_, r) => 0.7 + (r % 10) / 100);
  const c = Float64Array.from({ length: resamples }, (_, r) => 0.68 + (r % 10) / 100 + (r % 2 === 0 ? 0.05 : -0.05));

  it("orders by score and marks neighbours whose paired difference interval includes 0", () => {
    const ranked = rankByScore([0.7, 0.68, 0.8], [b, c, a]);
    expect(ranked.map((entry) => [entry.index, entry.rank, entry.tier])).toEqual([
      [2, 1, 1],
      [0, 2, 2],
      [1, 3, 2],
    ]);
    // A − B is 0.10 in every resample.
    expect(ranked[0]!.next!.separable).toBe(true);
    expect(ranked[0]!.next!.ci95![0]).toBeCloseTo(0.1, 12);
    expect(ranked[0]!.next!.difference).toBeCloseTo(0.1, 12);
    // B − C is −0.03 or +0.07: the interval spans 0.
    expect(ranked[1]!.next!.separable).toBe(false);
    expect(ranked[1]!.next!.ci95![0]).toBeCloseTo(-0.03, 12);
    expect(ranked[1]!.next!.ci95![1]).toBeCloseTo(0.07, 12);
    expect(ranked[2]!.next).toBeNull();
  });

  it("puts variants without a score last and says the call in words", () => {
    const ranked = rankByScore([null, 0.5], [new Float64Array(3).fill(Number.NaN), new Float64Array(3).fill(0.5)]);
    expect(ranked.map((entry) => entry.index)).toEqual([1, 0]);
    expect(ranked[0]!.next).toBeNull();
    expect(separationSentence("A", "B", { difference: 0.1, ci95: [0.1, 0.1], separable: true }, 12)).toBe("A is ahead of B by 0.10 in score (95 % CI 0.10 to 0.10, paired bootstrap over 12 cases).");
    expect(separationSentence("B", "C", { difference: 0.02, ci95: [-0.03, 0.07], separable: false }, 1)).toBe(
      "B and C cannot be separated: the score difference of 0.02 has a 95 % CI -0.03 to 0.07 that includes 0 (paired bootstrap over 1 case).",
    );
  });
});
