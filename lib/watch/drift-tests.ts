// Drift: one variant's answers in a watch run against the same variant in the baseline run,
// paired by (case, repetition). Pure: units in, one test per metric out. Pass rates use McNemar's
// exact test with Newcombe's paired interval (as lib/evidence does); latency percentiles, cost per
// useful answer and output length a seeded paired bootstrap whose p-value inverts its interval.
// Holm's correction then runs across every test of the watch run, so "drift" means significant
// after correction (and, for the bootstrapped metrics, a change of at least 10 % over at least 30
// paired answers). The shares of answers that changed are reported with Wilson intervals but not
// tested: against the baseline itself they are 0 by construction, so there is no null to test.
import { similarityRatio } from "../assertions/similarity";
import { drawIndices, MIN_RESAMPLES } from "../stats/bootstrap";
import { holm } from "../stats/multiple-testing";
import { percentile } from "../stats/percentile";
import { wilsonInterval } from "../stats/proportions";
import { seededRandom } from "../stats/random";
import { SMALL_SAMPLE } from "../evidence/paired-comparison";
import { interval95, pairedPassRate, resamplePairs } from "../evidence/paired-tests";
import { bootstrapPValue } from "./bootstrap-p-value";

/** One finished item of a variant: what drift is measured on. Latency only for done answers. */
export interface WatchUnit {
  passed: boolean;
  totalMs: number | null;
  ttftMs: number | null;
  costUsd: number;
  outputTokens: number | null;
  textHash: string | null;
  text: string;
}

export const driftMetrics = ["pass_rate", "total_ms_p95", "ttft_ms_p95", "cost_per_useful_answer_usd", "output_tokens", "changed_share", "dissimilar_share"] as const;
export type DriftMetric = (typeof driftMetrics)[number];

/** Below this word similarity to the baseline's answer an answer counts as changed in substance. */
export const DISSIMILAR_BELOW = 0.8;
const ALPHA = 0.05;
/** Latency, cost and length count as drift only when they also moved by at least this share of
 * the baseline: a watch run on a busy machine is a few percent slower without the provider
 * changing anything, and a tight interval would call that significant. */
export const MIN_RELATIVE_CHANGE = 0.1;

export interface DriftTest {
  metric: DriftMetric;
  n: number;
  before: number | null;
  after: number | null;
  /** after − before (pass rate in proportion points). */
  difference: number | null;
  ci95: [number, number] | null;
  pValue: number | null;
  pAdjusted: number | null;
  drift: boolean;
}

type Statistic = (units: WatchUnit[]) => number | null;
const p95 = (value: (unit: WatchUnit) => number | null): Statistic => (units) => {
  const values = units.map(value).filter((entry): entry is number => entry !== null);
  return percentile(Float64Array.from(values), 0.95);
};
const mean = (value: (unit: WatchUnit) => number | null): Statistic => (units) => {
  const values = units.map(value).filter((entry): entry is number => entry !== null);
  return values.length === 0 ? null : values.reduce((sum, entry) => sum + entry, 0) / values.length;
};
const costPerUseful: Statistic = (units) => {
  const passed = units.filter((unit) => unit.passed).length;
  return passed === 0 ? null : units.reduce((sum, unit) => sum + unit.costUsd, 0) / passed;
};

/** The bootstrapped metrics and the statistic each is. */
export const statistics: Record<Exclude<DriftMetric, "pass_rate" | "changed_share" | "dissimilar_share">, Statistic> = {
  total_ms_p95: p95((unit) => unit.totalMs),
  ttft_ms_p95: p95((unit) => unit.ttftMs),
  cost_per_useful_answer_usd: costPerUseful,
  output_tokens: mean((unit) => unit.outputTokens),
};

/** Every drift metric of one variant, before correction. */
export function compareWithBaseline(baseline: Map<string, WatchUnit>, current: Map<string, WatchUnit>, seed = 1): DriftTest[] {
  const pairs: Array<[WatchUnit, WatchUnit]> = [];
  for (const [key, before] of baseline) {
    const after = current.get(key);
    if (after) pairs.push([before, after]);
  }
  const tests = [passRate(pairs)];
  for (const [metric, statistic] of Object.entries(statistics)) tests.push(bootstrapped(metric as DriftMetric, pairs, statistic, seed));
  tests.push(share("changed_share", pairs, (before, after) => before.textHash !== after.textHash));
  tests.push(share("dissimilar_share", pairs, (before, after) => similarityRatio(before.text, after.text) < DISSIMILAR_BELOW));
  return tests;
}

function empty(metric: DriftMetric, n: number): DriftTest {
  return { metric, n, before: null, after: null, difference: null, ci95: null, pValue: null, pAdjusted: null, drift: false };
}

function passRate(pairs: Array<[WatchUnit, WatchUnit]>): DriftTest {
  const test = pairedPassRate(pairs.map(([before, after]) => [before.passed, after.passed] as const));
  if (!test) return empty("pass_rate", 0);
  return { ...empty("pass_rate", test.n), before: test.aValue, after: test.bValue, difference: test.difference, ci95: test.ci95, pValue: test.pValue };
}

/** Resamples whole pairs (the same indices on both sides); the p-value inverts the interval. */
function bootstrapped(metric: DriftMetric, pairs: Array<[WatchUnit, WatchUnit]>, statistic: Statistic, seed: number): DriftTest {
  const n = pairs.length;
  const side = (indices: Int32Array, which: 0 | 1) => statistic(Array.from(indices, (index) => pairs[index]![which]));
  const { estimate, resamples } = resamplePairs(n, seed, (indices) => [side(indices, 0), side(indices, 1)]);
  const [before, after] = estimate;
  if (!resamples) return { ...empty(metric, n), before, after };
  return { ...empty(metric, n), before, after, difference: resamples.bValue - resamples.aValue, ci95: interval95(resamples.differences), pValue: bootstrapPValue(resamples.differences) };
}

function share(metric: DriftMetric, pairs: Array<[WatchUnit, WatchUnit]>, changed: (before: WatchUnit, after: WatchUnit) => boolean): DriftTest {
  const n = pairs.length;
  if (n === 0) return empty(metric, 0);
  const count = pairs.filter(([before, after]) => changed(before, after)).length;
  return { ...empty(metric, n), before: 0, after: count / n, difference: count / n, ci95: wilsonInterval(count, n) };
}

/** Holm across every tested metric of every variant of the watch run. */
export function correctDrift<T extends DriftTest>(tests: T[]): T[] {
  const tested = tests.filter((test) => test.pValue !== null);
  const adjusted = new Map<T, number>();
  holm(tested.map((test) => test.pValue!)).forEach((p, index) => adjusted.set(tested[index]!, p));
  return tests.map((test) => {
    const pAdjusted = adjusted.get(test);
    return pAdjusted === undefined ? test : { ...test, pAdjusted, drift: pAdjusted < ALPHA && largeEnough(test) };
  });
}

function largeEnough(test: DriftTest): boolean {
  if (test.metric === "pass_rate") return true;
  // A p95 of a handful of answers is their maximum, and its bootstrap is overconfident: below the
  // evidence work's small-sample line the figure is shown, not called drift.
  if (test.n < SMALL_SAMPLE) return false;
  if (test.before === null || test.difference === null) return false;
  return test.before === 0 ? test.difference !== 0 : Math.abs(test.difference / test.before) >= MIN_RELATIVE_CHANGE;
}

/** One run's figure for each metric with its 95 % interval (Wilson for pass rate, a seeded
 * bootstrap otherwise): the points and the baseline band of the control charts. */
export function runFigures(units: WatchUnit[], seed = 1): Partial<Record<DriftMetric, { value: number | null; ci95: [number, number] | null; n: number }>> {
  const n = units.length;
  const passed = units.filter((unit) => unit.passed).length;
  const figures: ReturnType<typeof runFigures> = { pass_rate: { value: n ? passed / n : null, ci95: n ? wilsonInterval(passed, n) : null, n } };
  for (const [metric, statistic] of Object.entries(statistics)) {
    const value = statistic(units);
    const random = seededRandom(seed);
    const indices = new Int32Array(n);
    const resampled: number[] = [];
    if (value !== null) {
      for (let resample = 0; resample < MIN_RESAMPLES; resample++) {
        const figure = statistic(Array.from(drawIndices(n, random, indices), (index) => units[index]!));
        if (figure !== null) resampled.push(figure);
      }
    }
    figures[metric as DriftMetric] = { value, ci95: interval95(resampled), n };
  }
  return figures;
}
