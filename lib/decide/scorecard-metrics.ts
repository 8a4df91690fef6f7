// The scorecard's figures for one variant, each with a 95 % interval and its n. Pure: the finished
// items come in, the figures come out. Rates use Wilson's interval (as the run summary does); the
// others a seeded bootstrap over test cases — a case and all its repetitions are drawn together,
// and every variant is drawn on the same cases, so the resamples also serve the paired ranking
// (scorecard-score.ts). A draw is a count per case, and each figure a weighted sum over the cases'
// sums: a 1,000-case run resamples in a fraction of a second, not by copying items.
import { costPerUsefulAnswer } from "../metrics/run-metrics";
import { drawIndices, MIN_RESAMPLES, percentileInterval } from "../stats/bootstrap";
import { wilsonInterval } from "../stats/proportions";
import { seededRandom } from "../stats/random";
import { multisetPercentile } from "../stats/multiset-percentile";

/** One finished item (done or error) of one variant. */
export interface ScorecardItem {
  /** The test case: the unit the bootstrap draws. */
  caseKey: string;
  passed: boolean;
  /** The call failed (item status error), as the run summary's error rate counts it. */
  errored: boolean;
  /** The case carries a `noisy:<kind>` tag. */
  noisy: boolean;
  /** Completed answers only (null for errors), as in the run summary. */
  totalMs: number | null;
  ttftMs: number | null;
  outputTokens: number | null;
  /** Every call, retries and failures included. */
  costUsd: number;
  /** Input + output tokens billed, every call. */
  tokens: number;
  /** Input tokens ÷ the model's context window; null for errors or an unknown window. */
  contextUse: number | null;
}

export const scorecardMetrics = [
  "pass_rate",
  "total_ms_p95",
  "ttft_ms_p95",
  "cost_per_1k_tokens_usd",
  "cost_per_useful_answer_usd",
  "noisy_error_rate",
  "context_use",
  "output_tokens",
] as const;
export type ScorecardMetric = (typeof scorecardMetrics)[number];

export interface MetricDefinition {
  label: string;
  unit: "share" | "ms" | "usd" | "tokens";
  higherIsBetter: boolean;
  /** A share in [0, 1] (normalised as itself), or an unbounded positive amount (normalised
   * against the best variant). */
  bounded: boolean;
  /** What a missing figure means: nothing passed, so no finite price ("worst"), or no data. */
  missing: "worst" | "unknown";
  /** Said when there is no figure. */
  whyMissing: string;
}

export const metricDefinitions: Record<ScorecardMetric, MetricDefinition> = {
  pass_rate: { label: "pass rate", unit: "share", higherIsBetter: true, bounded: true, missing: "unknown", whyMissing: "no finished items" },
  total_ms_p95: { label: "p95 total latency", unit: "ms", higherIsBetter: false, bounded: false, missing: "unknown", whyMissing: "no completed answers" },
  ttft_ms_p95: { label: "p95 time to first token", unit: "ms", higherIsBetter: false, bounded: false, missing: "unknown", whyMissing: "no completed answers" },
  cost_per_1k_tokens_usd: { label: "cost per 1k tokens", unit: "usd", higherIsBetter: false, bounded: false, missing: "unknown", whyMissing: "no tokens counted" },
  cost_per_useful_answer_usd: { label: "cost per useful answer", unit: "usd", higherIsBetter: false, bounded: false, missing: "worst", whyMissing: "no answer passed" },
  noisy_error_rate: { label: "error rate on noisy cases", unit: "share", higherIsBetter: false, bounded: true, missing: "unknown", whyMissing: "no noisy cases" },
  context_use: { label: "context use", unit: "share", higherIsBetter: false, bounded: false, missing: "unknown", whyMissing: "context window unknown" },
  output_tokens: { label: "output length", unit: "tokens", higherIsBetter: false, bounded: false, missing: "unknown", whyMissing: "no completed answers" },
};

const sumFields = ["items", "passed", "errored", "noisy", "noisyErrored", "cost", "tokens", "tokenItems", "outputSum", "outputCount", "contextSum", "contextCount"] as const;
type SumField = (typeof sumFields)[number];

/** One variant's items folded per case (index into the shared case list), so that a figure over
 * any multiset of cases — all of them once for the estimate, a bootstrap draw for a resample — is
 * a weighted sum, plus a walk along the pre-sorted latencies for the percentiles. */
export interface PreparedVariant {
  sums: Record<SumField, Float64Array>;
  total: { sorted: Float64Array; owner: Int32Array };
  ttft: { sorted: Float64Array; owner: Int32Array };
}

function sortedWithOwner(pairs: Array<[number, number]>) {
  pairs.sort((a, b) => a[0] - b[0]);
  return { sorted: Float64Array.from(pairs, ([value]) => value), owner: Int32Array.from(pairs, ([, owner]) => owner) };
}

export function prepareVariant(items: readonly ScorecardItem[], caseIndex: ReadonlyMap<string, number>): PreparedVariant {
  const sums = Object.fromEntries(sumFields.map((field) => [field, new Float64Array(caseIndex.size)])) as Record<SumField, Float64Array>;
  const totals: Array<[number, number]> = [];
  const ttfts: Array<[number, number]> = [];
  for (const item of items) {
    const c = caseIndex.get(item.caseKey)!;
    const add = (field: SumField, value: number) => (sums[field][c] = sums[field][c]! + value);
    add("items", 1);
    if (item.passed) add("passed", 1);
    if (item.errored) add("errored", 1);
    if (item.noisy) add("noisy", 1);
    if (item.noisy && item.errored) add("noisyErrored", 1);
    add("cost", item.costUsd);
    add("tokens", item.tokens);
    if (item.tokens > 0) add("tokenItems", 1);
    if (item.outputTokens !== null) {
      add("outputSum", item.outputTokens);
      add("outputCount", 1);
    }
    if (item.contextUse !== null) {
      add("contextSum", item.contextUse);
      add("contextCount", 1);
    }
    if (item.totalMs !== null) totals.push([item.totalMs, c]);
    if (item.ttftMs !== null) ttfts.push([item.ttftMs, c]);
  }
  return { sums, total: sortedWithOwner(totals), ttft: sortedWithOwner(ttfts) };
}

export type Counts = Record<SumField, number>;

/** The sums over a multiset of cases: case c counted times[c] times. */
export function countsOf(variant: PreparedVariant, times: ArrayLike<number>): Counts {
  const counts = Object.fromEntries(sumFields.map((field) => [field, 0])) as Counts;
  for (const field of sumFields) {
    const values = variant.sums[field];
    let total = 0;
    for (let c = 0; c < values.length; c++) total += values[c]! * times[c]!;
    counts[field] = total;
  }
  return counts;
}

/** Every metric over a multiset of cases. The one definition of each figure. */
export function figuresOf(variant: PreparedVariant, times: ArrayLike<number>): Record<ScorecardMetric, number | null> {
  const counts = countsOf(variant, times);
  return {
    pass_rate: counts.items > 0 ? counts.passed / counts.items : null,
    total_ms_p95: multisetPercentile(variant.total.sorted, variant.total.owner, times, 0.95),
    ttft_ms_p95: multisetPercentile(variant.ttft.sorted, variant.ttft.owner, times, 0.95),
    // A ratio estimate: Σ cost ÷ Σ tokens over the same calls, not a mean of per-call ratios.
    cost_per_1k_tokens_usd: counts.tokens > 0 ? (counts.cost / counts.tokens) * 1000 : null,
    cost_per_useful_answer_usd: costPerUsefulAnswer(counts.cost, counts.passed),
    noisy_error_rate: counts.noisy > 0 ? counts.noisyErrored / counts.noisy : null,
    context_use: counts.contextCount > 0 ? counts.contextSum / counts.contextCount : null,
    output_tokens: counts.outputCount > 0 ? counts.outputSum / counts.outputCount : null,
  };
}

export interface MetricFigure {
  estimate: number | null;
  ci95: [number, number] | null;
  n: number;
  /** Why there is no figure ("no noisy cases"); null when there is one. */
  note: string | null;
}

export interface Resampled {
  /** The cases drawn from (every case any variant answered), sorted. */
  cases: string[];
  resamples: number;
  prepared: PreparedVariant[];
  /** values[variant][metric][resample]; NaN where a resample has no figure. */
  values: Array<Record<ScorecardMetric, Float64Array>>;
}

export const RESAMPLES = MIN_RESAMPLES;

/** Draws the same case indices for every variant, `resamples` times, and computes every metric
 * of every variant on each draw. */
export function resampleByCase(variants: ReadonlyArray<readonly ScorecardItem[]>, options: { seed?: number; resamples?: number } = {}): Resampled {
  const resamples = options.resamples ?? RESAMPLES;
  const cases = [...new Set(variants.flatMap((items) => items.map((item) => item.caseKey)))].sort();
  const caseIndex = new Map(cases.map((key, index) => [key, index]));
  const prepared = variants.map((items) => prepareVariant(items, caseIndex));
  const values = variants.map(() => Object.fromEntries(scorecardMetrics.map((metric) => [metric, new Float64Array(resamples).fill(Number.NaN)])) as Record<ScorecardMetric, Float64Array>);
  if (cases.length === 0) return { cases, resamples, prepared, values };
  const random = seededRandom(options.seed ?? 1);
  const indices = new Int32Array(cases.length);
  const times = new Int32Array(cases.length);
  for (let resample = 0; resample < resamples; resample++) {
    drawIndices(cases.length, random, indices);
    times.fill(0);
    for (const index of indices) times[index] = times[index]! + 1;
    prepared.forEach((variant, v) => {
      const figures = figuresOf(variant, times);
      for (const metric of scorecardMetrics) values[v]![metric][resample] = figures[metric] ?? Number.NaN;
    });
  }
  return { cases, resamples, prepared, values };
}

/** One variant's figure for one metric: the estimate on all its items, Wilson's interval for a
 * rate, the percentile interval of the resamples otherwise. */
export function metricFigures(variant: PreparedVariant, resampled: Record<ScorecardMetric, Float64Array>): Record<ScorecardMetric, MetricFigure> {
  const once = new Int32Array(variant.sums.items.length).fill(1);
  const estimates = figuresOf(variant, once);
  const counts = countsOf(variant, once);
  // The items each figure rests on.
  const n: Record<ScorecardMetric, number> = {
    pass_rate: counts.items,
    total_ms_p95: variant.total.sorted.length,
    ttft_ms_p95: variant.ttft.sorted.length,
    cost_per_1k_tokens_usd: counts.tokenItems,
    cost_per_useful_answer_usd: counts.items,
    noisy_error_rate: counts.noisy,
    context_use: counts.contextCount,
    output_tokens: counts.outputCount,
  };
  const figure = (metric: ScorecardMetric): MetricFigure => {
    const estimate = estimates[metric];
    if (estimate === null) return { estimate, ci95: null, n: n[metric], note: metricDefinitions[metric].whyMissing };
    if (metric === "pass_rate") return { estimate, ci95: wilsonInterval(counts.passed, counts.items), n: n[metric], note: null };
    if (metric === "noisy_error_rate") return { estimate, ci95: wilsonInterval(counts.noisyErrored, counts.noisy), n: n[metric], note: null };
    const [low, high] = percentileInterval(Array.from(resampled[metric]), 0.95);
    return { estimate, ci95: Number.isFinite(low) && Number.isFinite(high) ? [low, high] : null, n: n[metric], note: null };
  };
  return Object.fromEntries(scorecardMetrics.map((metric) => [metric, figure(metric)])) as Record<ScorecardMetric, MetricFigure>;
}
