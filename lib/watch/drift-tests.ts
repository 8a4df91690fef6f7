// Drift: one variant's answers in a watch run against the same variant in the baseline run,
// paired by (case, repetition). Pure: units in, one test per metric out. Pass rates use McNemar's
// exact test with Newcombe's paired interval (as lib/evidence does); latency percentiles, cost per
// useful answer and output length a seeded paired bootstrap whose p-value inverts its interval.
// Holm's correction then runs across every test of the watch run, so "drift" means significant
// after correction (and, for the bootstrapped metrics, a change of at least 10 % over at least 30
// paired answers). The shares of answers that changed are reported with Wilson intervals but not
// tested: against the baseline itself they are 0 by construction, so there is no null to test.
import { similarityRatio } from "../assertions/similarity";
import { drawIndices, MIN_RESAMPLES, percentileInterval } from "../stats/bootstrap";
import { holm } from "../stats/multiple-testing";
import { percentile } from "../stats/percentile";
import { mcnemarExact, newcombePairedDifference, wilsonInterval } from "../stats/proportions";
import { seededRandom } from "../stats/random";
import { SMALL_SAMPLE } from "../evidence/paired-comparison";
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
  const counts = { both: 0, onlyA: 0, onlyB: 0, neither: 0 };
  for (const [before, after] of pairs) {
    if (before.passed && after.passed) counts.both += 1;
    else if (before.passed) counts.onlyA += 1;
    else if (after.passed) counts.onlyB += 1;
    else counts.neither += 1;
  }
  const n = pairs.length;
  if (n === 0) return empty("pass_rate", 0);
  const [low, high] = newcombePairedDifference(counts); // before − after
  return {
    ...empty("pass_rate", n),
    before: (counts.both + counts.onlyA) / n,
    after: (counts.both + counts.onlyB) / n,
    difference: (counts.onlyB - counts.onlyA) / n,
    ci95: [-high, -low],
    pValue: mcnemarExact(counts.onlyA, counts.onlyB),
  };
}

/** Resamples whole pairs (the same indices on both sides). */
function bootstrapped(metric: DriftMetric, pairs: Array<[WatchUnit, WatchUnit]>, statistic: Statistic, seed: number): DriftTest {
  const n = pairs.length;
  const before = statistic(pairs.map(([unit]) => unit));
  const after = statistic(pairs.map(([, unit]) => unit));
  if (n === 0 || before === null || after === null) return { ...empty(metric, n), before, after };
  const random = seededRandom(seed);
  const indices = new Int32Array(n);
  const differences: number[] = [];
  for (let resample = 0; resample < MIN_RESAMPLES; resample++) {
    drawIndices(n, random, indices);
    const sample = Array.from(indices, (index) => pairs[index]!);
    const [x, y] = [statistic(sample.map(([unit]) => unit)), statistic(sample.map(([, unit]) => unit))];
    if (x !== null && y !== null) differences.push(y - x);
  }
  const [low, high] = percentileInterval(differences, 0.95);
  const ci95: [number, number] | null = Number.isFinite(low) && Number.isFinite(high) ? [low, high] : null;
  return { ...empty(metric, n), before, after, difference: after - before, ci95, pValue: bootstrapPValue(differences) };
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
    const [low, high] = percentileInterval(resampled, 0.95);
    figures[metric as DriftMetric] = { value, ci95: Number.isFinite(low) && Number.isFinite(high) ? [low, high] : null, n };
  }
  return figures;
}
