// Comparing two sides on paired units — the same case and repetition answered by two variants of
// one run, or by the same variant in two runs. Pure: the units come in, one Comparison per metric
// comes out, each with its n, the difference (B − A), a 95 % interval and, where a test applies,
// its p-value. Pass rates use the exact McNemar test and Newcombe's paired interval; latency
// percentiles, costs, lengths, judge scores and ratings use a seeded paired bootstrap.
import { holm } from "../stats/multiple-testing";
import { percentileInPlace } from "../stats/select";
import { interval95, pairedPassRate, resamplePairs } from "./paired-tests";

/** One side's figures for one unit (a finished item). */
export interface UnitFigures {
  passed: boolean;
  totalMs: number | null;
  ttftMs: number | null;
  costUsd: number;
  outputTokens: number | null;
  judgeScore: number | null;
  rating: number | null;
}

export const comparisonMetrics = [
  "pass_rate",
  "total_ms_p50",
  "total_ms_p95",
  "ttft_ms_p50",
  "ttft_ms_p95",
  "cost_per_answer_usd",
  "cost_per_useful_answer_usd",
  "output_tokens",
  "judge_score",
  "rating",
] as const;
export type ComparisonMetric = (typeof comparisonMetrics)[number];

export interface Comparison {
  metric: ComparisonMetric;
  /** What is compared: variant ids (or run ids when two runs are compared). */
  a: string;
  b: string;
  /** Paired units the figure rests on. */
  n: number;
  aValue: number | null;
  bValue: number | null;
  /** B − A (pass rate: in proportion points, 0.06 = 6 points). */
  difference: number | null;
  ci95: [number, number] | null;
  /** Where a test applies (pass rate: exact McNemar, two-sided), before correction. */
  pValue: number | null;
  /** After Holm across the pairs of the run (set by correctAcrossPairs). */
  pAdjusted: number | null;
  significant: boolean;
  /** Fewer paired units than a stable estimate needs (SMALL_SAMPLE). */
  small: boolean;
  /** Pass rate: the 2×2 table of paired outcomes (onlyA: A passed and B failed). */
  counts?: { both: number; onlyA: number; onlyB: number; neither: number };
  /** Latency percentiles: B ÷ A with its interval (what a "p95 went up 10 %" gate reads). */
  ratio?: { estimate: number; ci95: [number, number] | null };
}

/** Below this many paired units, figures are flagged as resting on a small sample. */
export const SMALL_SAMPLE = 30;

/** A statistic of one side's values; it may reorder `values` (a resample buffer). */
type Statistic = (values: Float64Array) => number | null;
const mean: Statistic = (values) => {
  if (values.length === 0) return null;
  let sum = 0;
  for (let index = 0; index < values.length; index++) sum += values[index]!;
  return sum / values.length;
};
/** A selection, not a sort: the same value, and most of a run's comparison time saved. */
const quantile =
  (p: number): Statistic =>
  (values) =>
    percentileInPlace(values, p);

interface NumericMetric {
  metric: Exclude<ComparisonMetric, "pass_rate" | "cost_per_useful_answer_usd">;
  value: (unit: UnitFigures) => number | null;
  statistic: Statistic;
  /** Also report B ÷ A with an interval. */
  ratio?: boolean;
}

const numericMetrics: NumericMetric[] = [
  { metric: "total_ms_p50", value: (unit) => unit.totalMs, statistic: quantile(0.5), ratio: true },
  { metric: "total_ms_p95", value: (unit) => unit.totalMs, statistic: quantile(0.95), ratio: true },
  { metric: "ttft_ms_p50", value: (unit) => unit.ttftMs, statistic: quantile(0.5), ratio: true },
  { metric: "ttft_ms_p95", value: (unit) => unit.ttftMs, statistic: quantile(0.95), ratio: true },
  { metric: "cost_per_answer_usd", value: (unit) => unit.costUsd, statistic: mean },
  { metric: "output_tokens", value: (unit) => unit.outputTokens, statistic: mean },
  { metric: "judge_score", value: (unit) => unit.judgeScore, statistic: mean },
  { metric: "rating", value: (unit) => unit.rating, statistic: mean },
];

/** Every metric for one pair of sides over their shared units (same key on both sides). */
export function comparePaired(a: string, b: string, sideA: Map<string, UnitFigures>, sideB: Map<string, UnitFigures>, seed = 1): Comparison[] {
  const pairs: Array<[UnitFigures, UnitFigures]> = [];
  for (const [key, unitA] of sideA) {
    const unitB = sideB.get(key);
    if (unitB) pairs.push([unitA, unitB]);
  }
  const comparisons = [passRateComparison(a, b, pairs)];
  for (const definition of numericMetrics) comparisons.push(numericComparison(a, b, pairs, definition, seed));
  comparisons.push(costPerUsefulAnswer(a, b, pairs, seed));
  return comparisons.filter((comparison) => comparison.n > 0 || comparison.metric === "pass_rate");
}

function base(metric: ComparisonMetric, a: string, b: string, n: number): Comparison {
  return { metric, a, b, n, aValue: null, bValue: null, difference: null, ci95: null, pValue: null, pAdjusted: null, significant: false, small: n < SMALL_SAMPLE };
}

function passRateComparison(a: string, b: string, pairs: Array<[UnitFigures, UnitFigures]>): Comparison {
  const result = base("pass_rate", a, b, pairs.length);
  const test = pairedPassRate(pairs.map(([unitA, unitB]) => [unitA.passed, unitB.passed] as const));
  if (!test) return result;
  const { aValue, bValue, difference, ci95, pValue, counts } = test;
  return { ...result, aValue, bValue, difference, ci95, pValue, pAdjusted: pValue, significant: pValue < 0.05, counts };
}

function numericComparison(a: string, b: string, pairs: Array<[UnitFigures, UnitFigures]>, definition: NumericMetric, seed: number): Comparison {
  const usable = pairs.filter(([unitA, unitB]) => definition.value(unitA) !== null && definition.value(unitB) !== null);
  const xs = Float64Array.from(usable, ([unit]) => definition.value(unit)!);
  const ys = Float64Array.from(usable, ([, unit]) => definition.value(unit)!);
  const sampleA = new Float64Array(xs.length);
  const sampleB = new Float64Array(ys.length);
  return bootstrapped(definition.metric, a, b, usable.length, seed, definition.ratio === true, (indices) => {
    for (let k = 0; k < indices.length; k++) {
      sampleA[k] = xs[indices[k]!]!;
      sampleB[k] = ys[indices[k]!]!;
    }
    return [definition.statistic(sampleA), definition.statistic(sampleB)];
  });
}

/** Σ cost (retries and failures included) ÷ answers that passed, on each side. */
function costPerUsefulAnswer(a: string, b: string, pairs: Array<[UnitFigures, UnitFigures]>, seed: number): Comparison {
  const ratio = (indices: ArrayLike<number>, side: 0 | 1) => {
    let cost = 0;
    let passed = 0;
    for (let k = 0; k < indices.length; k++) {
      const unit = pairs[indices[k]!]![side];
      cost += unit.costUsd;
      if (unit.passed) passed += 1;
    }
    return passed > 0 ? cost / passed : null;
  };
  return bootstrapped("cost_per_useful_answer_usd", a, b, pairs.length, seed, false, (indices) => [ratio(indices, 0), ratio(indices, 1)]);
}

/** A paired bootstrap (lib/evidence/paired-tests.ts) of B − A, and of B ÷ A when asked. */
function bootstrapped(
  metric: ComparisonMetric,
  a: string,
  b: string,
  n: number,
  seed: number,
  withRatio: boolean,
  statistics: (indices: Int32Array) => [number | null, number | null],
): Comparison {
  const result = base(metric, a, b, n);
  const { estimate, resamples } = resamplePairs(n, seed, statistics);
  if (!resamples) return n === 0 ? result : { ...result, aValue: estimate[0], bValue: estimate[1] };
  const { aValue, bValue } = resamples;
  const ci95 = interval95(resamples.differences);
  const ratio = withRatio && aValue > 0 ? { estimate: bValue / aValue, ci95: interval95(resamples.ratios) } : undefined;
  return { ...result, aValue, bValue, difference: bValue - aValue, ci95, significant: ci95 !== null && (ci95[0] > 0 || ci95[1] < 0), ...(ratio && { ratio }) };
}

/** Holm's correction across the pairs of one run, metric by metric: a difference is called
 * significant only when its adjusted p-value is below 0.05. Metrics without a test keep their
 * interval-based call. */
export function correctAcrossPairs(comparisons: Comparison[]): Comparison[] {
  const adjusted = new Map<Comparison, number>();
  for (const metric of comparisonMetrics) {
    const tested = comparisons.filter((comparison) => comparison.metric === metric && comparison.pValue !== null);
    holm(tested.map((comparison) => comparison.pValue!)).forEach((p, index) => adjusted.set(tested[index]!, p));
  }
  return comparisons.map((comparison) => {
    const pAdjusted = adjusted.get(comparison);
    return pAdjusted === undefined ? comparison : { ...comparison, pAdjusted, significant: pAdjusted < 0.05 };
  });
}
