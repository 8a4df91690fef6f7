// The scorecard's weighted score and ranking. Pure.
//
// Normalisation (each metric to a number where 1 is best):
// - a share in [0, 1] is its own score: pass rate as it is, error rate on noisy cases as 1 − rate;
// - an unbounded amount where lower is better (latency, costs, context use, output length) is
//   scored against the best variant of the run: best ÷ value (the cheapest scores 1, one twice as
//   dear 0.5; a value of 0, or one better than the best estimate in a resample, scores 1). Ratios,
//   not min–max, so a 1 ms gap is not stretched into the whole range.
// - no cost per useful answer (nothing passed) scores 0: no useful answer has no finite price.
// The score is Σ weight × normalised ÷ Σ weight over the metrics that count: weight above 0 and a
// figure for every variant (a metric some variant lacks — no noisy cases, an unknown context
// window — is left out for all, and the scorecard says so). The anchors ("best") are the
// estimates' and stay fixed in the resamples, so a resampled score is the same function of
// resampled figures, and the paired differences below are differences of that one function.
import { percentileInterval } from "../stats/bootstrap";
import { metricDefinitions, scorecardMetrics, type ScorecardMetric } from "./scorecard-metrics";

export type Weights = Record<ScorecardMetric, number>;

/** Weights run from 0 (ignored) to this. */
export const MAX_WEIGHT = 10;
export type Figures = Record<ScorecardMetric, number | null>;

/** Quality first, then what it costs to get a useful answer and how long the slow ones take. */
export const DEFAULT_WEIGHTS: Weights = {
  pass_rate: 3,
  total_ms_p95: 1,
  ttft_ms_p95: 0,
  cost_per_1k_tokens_usd: 0,
  cost_per_useful_answer_usd: 1,
  noisy_error_rate: 1,
  context_use: 0,
  output_tokens: 0,
};

/** The best estimate of each unbounded metric across the variants (lowest: all are lower-better). */
export function bestOf(variants: readonly Figures[]): Figures {
  const best = {} as Figures;
  for (const metric of scorecardMetrics) {
    const values = variants.map((figures) => figures[metric]).filter((value): value is number => value !== null && Number.isFinite(value));
    best[metric] = values.length === 0 ? null : Math.min(...values);
  }
  return best;
}

/** A figure on the 0–1 (1 best) scale; null when it cannot be scored (no data). */
export function normalise(metric: ScorecardMetric, value: number | null, best: number | null): number | null {
  const definition = metricDefinitions[metric];
  if (value === null || Number.isNaN(value)) return definition.missing === "worst" ? 0 : null;
  if (definition.bounded) return definition.higherIsBetter ? value : 1 - value;
  if (value === 0) return 1;
  // A resample can beat the best estimate: it scores 1 too, so a score stays on its 0–1 scale.
  return Math.min(1, (best ?? value) / value);
}

/** The metrics that enter the score, and why the others with a weight do not. */
export function countedMetrics(weights: Weights, variants: readonly Figures[], names: readonly string[]): { counted: ScorecardMetric[]; leftOut: string[] } {
  const best = bestOf(variants);
  const counted: ScorecardMetric[] = [];
  const leftOut: string[] = [];
  for (const metric of scorecardMetrics) {
    if (weights[metric] <= 0) continue;
    const lacking = names.filter((_, index) => normalise(metric, variants[index]![metric], best[metric]) === null);
    if (lacking.length === 0) counted.push(metric);
    else leftOut.push(`${metricDefinitions[metric].label} is left out of the score: no figure for ${lacking.join(", ")}.`);
  }
  return { counted, leftOut };
}

/** Σ weight × normalised ÷ Σ weight; null when nothing counts or a counted figure is missing. */
export function weightedScore(figures: Figures, best: Figures, weights: Weights, counted: readonly ScorecardMetric[]): number | null {
  let total = 0;
  let weightSum = 0;
  for (const metric of counted) {
    const normalised = normalise(metric, figures[metric], best[metric]);
    if (normalised === null) return null;
    total += weights[metric] * normalised;
    weightSum += weights[metric];
  }
  return weightSum > 0 ? total / weightSum : null;
}

export interface Separation {
  /** Score of this variant − score of the next one down. */
  difference: number;
  ci95: [number, number] | null;
  /** The interval lies above 0: this variant is ahead of the next, beyond resampling noise. */
  separable: boolean;
}

export interface Ranked {
  /** Index into the variants given. */
  index: number;
  rank: number;
  /** Variants the ranking cannot separate share a tier. */
  tier: number;
  score: number | null;
  /** Against the next variant down; null for the last. */
  next: Separation | null;
}

/** Orders by score (highest first; no score last) and compares each variant with the next one
 * down on the paired resamples: resample r of both scores comes from the same drawn cases, so the
 * differences keep the case-to-case correlation. Not separable when the 95 % interval of the
 * difference reaches 0. */
export function rankByScore(scores: ReadonlyArray<number | null>, resampled: readonly Float64Array[]): Ranked[] {
  const order = scores.map((score, index) => ({ score, index })).sort((x, y) => (y.score ?? -Infinity) - (x.score ?? -Infinity) || x.index - y.index);
  let tier = 1;
  return order.map(({ score, index }, position) => {
    const below = order[position + 1];
    const ranked: Ranked = { index, rank: position + 1, tier, score, next: null };
    if (below && score !== null && below.score !== null) {
      const differences: number[] = [];
      const mine = resampled[index]!;
      const theirs = resampled[below.index]!;
      for (let r = 0; r < mine.length; r++) if (!Number.isNaN(mine[r]!) && !Number.isNaN(theirs[r]!)) differences.push(mine[r]! - theirs[r]!);
      const [low, high] = percentileInterval(differences, 0.95);
      const ci95: [number, number] | null = Number.isFinite(low) && Number.isFinite(high) ? [low, high] : null;
      ranked.next = { difference: score - below.score, ci95, separable: ci95 !== null && ci95[0] > 0 };
    }
    if (below && !ranked.next?.separable) return ranked;
    tier += 1;
    return ranked;
  });
}

const two = (value: number) => value.toFixed(2);

/** The ranking's call about a variant and the next one down, in words. */
export function separationSentence(above: string, below: string, separation: Separation, cases: number): string {
  const interval = separation.ci95 ? `95 % CI ${two(separation.ci95[0])} to ${two(separation.ci95[1])}` : "no interval";
  const basis = `paired bootstrap over ${cases} ${cases === 1 ? "case" : "cases"}`;
  if (separation.separable) return `${above} is ahead of ${below} by ${two(separation.difference)} in score (${interval}, ${basis}).`;
  return `${above} and ${below} cannot be separated: the score difference of ${two(separation.difference)} has a ${interval} that includes 0 (${basis}).`;
}
