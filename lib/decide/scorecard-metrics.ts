// The scorecard's figures for one variant, each with a 95 % interval and its n. Pure: the finished
// items come in, the figures come out. Rates use Wilson's interval (as the run summary does); the
// others a seeded bootstrap over test cases — a case and all its repetitions are drawn together,
// and every variant is drawn on the same cases, so the resamples also serve the paired ranking
// (scorecard-score.ts).
import { costPerUsefulAnswer } from "../metrics/run-metrics";
import { drawIndices, MIN_RESAMPLES, percentileInterval } from "../stats/bootstrap";
import { percentile } from "../stats/percentile";
import { wilsonInterval } from "../stats/proportions";
import { seededRandom } from "../stats/random";

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
  interval: "wilson" | "bootstrap";
  /** The figure over a set of items (the estimate, or one resample). */
  value: (items: readonly ScorecardItem[]) => number | null;
  /** The items the figure rests on. */
  n: (items: readonly ScorecardItem[]) => number;
  /** Said when there is no figure. */
  whyMissing: string;
}

const finished = (items: readonly ScorecardItem[]) => items.length;
const numbers = (items: readonly ScorecardItem[], pick: (item: ScorecardItem) => number | null) => {
  const values: number[] = [];
  for (const item of items) {
    const value = pick(item);
    if (value !== null) values.push(value);
  }
  return values;
};
const p95 = (pick: (item: ScorecardItem) => number | null) => (items: readonly ScorecardItem[]) => percentile(numbers(items, pick), 0.95);
const mean = (pick: (item: ScorecardItem) => number | null) => (items: readonly ScorecardItem[]) => {
  const values = numbers(items, pick);
  return values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0) / values.length;
};
const count = (pick: (item: ScorecardItem) => unknown) => (items: readonly ScorecardItem[]) => items.reduce((sum, item) => sum + (pick(item) === null || pick(item) === false ? 0 : 1), 0);
const sum = (items: readonly ScorecardItem[], pick: (item: ScorecardItem) => number) => items.reduce((total, item) => total + pick(item), 0);

export const metricDefinitions: Record<ScorecardMetric, MetricDefinition> = {
  pass_rate: {
    label: "pass rate",
    unit: "share",
    higherIsBetter: true,
    bounded: true,
    missing: "unknown",
    interval: "wilson",
    value: (items) => (items.length === 0 ? null : count((item) => item.passed)(items) / items.length),
    n: finished,
    whyMissing: "no finished items",
  },
  total_ms_p95: { label: "p95 total latency", unit: "ms", higherIsBetter: false, bounded: false, missing: "unknown", interval: "bootstrap", value: p95((item) => item.totalMs), n: count((item) => item.totalMs), whyMissing: "no completed answers" },
  ttft_ms_p95: { label: "p95 time to first token", unit: "ms", higherIsBetter: false, bounded: false, missing: "unknown", interval: "bootstrap", value: p95((item) => item.ttftMs), n: count((item) => item.ttftMs), whyMissing: "no completed answers" },
  cost_per_1k_tokens_usd: {
    label: "cost per 1k tokens",
    unit: "usd",
    higherIsBetter: false,
    bounded: false,
    missing: "unknown",
    interval: "bootstrap",
    // A ratio estimate: Σ cost ÷ Σ tokens over the same calls, not a mean of per-call ratios.
    value: (items) => {
      const tokens = sum(items, (item) => item.tokens);
      return tokens > 0 ? (sum(items, (item) => item.costUsd) / tokens) * 1000 : null;
    },
    n: count((item) => item.tokens > 0),
    whyMissing: "no tokens counted",
  },
  cost_per_useful_answer_usd: {
    label: "cost per useful answer",
    unit: "usd",
    higherIsBetter: false,
    bounded: false,
    missing: "worst",
    interval: "bootstrap",
    value: (items) => costPerUsefulAnswer(sum(items, (item) => item.costUsd), count((item) => item.passed)(items)),
    n: finished,
    whyMissing: "no answer passed",
  },
  noisy_error_rate: {
    label: "error rate on noisy cases",
    unit: "share",
    higherIsBetter: false,
    bounded: true,
    missing: "unknown",
    interval: "wilson",
    value: (items) => {
      const noisy = items.filter((item) => item.noisy);
      return noisy.length === 0 ? null : count((item) => item.errored)(noisy) / noisy.length;
    },
    n: count((item) => item.noisy),
    whyMissing: "no noisy cases",
  },
  context_use: { label: "context use", unit: "share", higherIsBetter: false, bounded: false, missing: "unknown", interval: "bootstrap", value: mean((item) => item.contextUse), n: count((item) => item.contextUse), whyMissing: "context window unknown" },
  output_tokens: { label: "output length", unit: "tokens", higherIsBetter: false, bounded: false, missing: "unknown", interval: "bootstrap", value: mean((item) => item.outputTokens), n: count((item) => item.outputTokens), whyMissing: "no completed answers" },
};

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
  /** values[variant][metric][resample]; NaN where a resample has no figure. */
  values: Array<Record<ScorecardMetric, Float64Array>>;
}

export const RESAMPLES = MIN_RESAMPLES;

/** Draws the same case indices for every variant, `resamples` times, and computes every metric
 * of every variant on each draw. */
export function resampleByCase(variants: ReadonlyArray<readonly ScorecardItem[]>, options: { seed?: number; resamples?: number } = {}): Resampled {
  const resamples = options.resamples ?? RESAMPLES;
  const byCase = variants.map((items) => {
    const map = new Map<string, ScorecardItem[]>();
    for (const item of items) {
      const list = map.get(item.caseKey);
      if (list) list.push(item);
      else map.set(item.caseKey, [item]);
    }
    return map;
  });
  const cases = [...new Set(variants.flatMap((items) => items.map((item) => item.caseKey)))].sort();
  const values = variants.map(() => Object.fromEntries(scorecardMetrics.map((metric) => [metric, new Float64Array(resamples).fill(Number.NaN)])) as Record<ScorecardMetric, Float64Array>);
  if (cases.length === 0) return { cases, resamples, values };
  const random = seededRandom(options.seed ?? 1);
  const indices = new Int32Array(cases.length);
  for (let resample = 0; resample < resamples; resample++) {
    drawIndices(cases.length, random, indices);
    byCase.forEach((map, variant) => {
      const drawn: ScorecardItem[] = [];
      for (const index of indices) drawn.push(...(map.get(cases[index]!) ?? []));
      for (const metric of scorecardMetrics) values[variant]![metric][resample] = metricDefinitions[metric].value(drawn) ?? Number.NaN;
    });
  }
  return { cases, resamples, values };
}

/** One variant's figure for one metric: the estimate on all its items, Wilson's interval for a
 * rate, the percentile interval of the resamples otherwise. */
export function metricFigure(metric: ScorecardMetric, items: readonly ScorecardItem[], resampled: Float64Array): MetricFigure {
  const definition = metricDefinitions[metric];
  const estimate = definition.value(items);
  const n = definition.n(items);
  if (estimate === null) return { estimate, ci95: null, n, note: definition.whyMissing };
  if (definition.interval === "wilson") {
    const relevant = metric === "noisy_error_rate" ? items.filter((item) => item.noisy) : items;
    const successes = metric === "noisy_error_rate" ? relevant.filter((item) => item.errored).length : relevant.filter((item) => item.passed).length;
    return { estimate, ci95: wilsonInterval(successes, relevant.length), n, note: null };
  }
  const [low, high] = percentileInterval(Array.from(resampled), 0.95);
  return { estimate, ci95: Number.isFinite(low) && Number.isFinite(high) ? [low, high] : null, n, note: null };
}
