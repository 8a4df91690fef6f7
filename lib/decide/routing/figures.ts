// The figures a projection is judged by, for a policy and for each single variant alike, with
// percentile-bootstrap intervals over cases. Every arm is resampled with the SAME case indices, so
// the policy and the variants are compared on the same cases, as they were answered. Pass and
// error rates take Wilson intervals instead, as everywhere else: at 12 of 12 a bootstrap can only
// redraw passes and says "100–100 %", which no small sample supports.
import { costPerUsefulAnswer, passRate } from "../../metrics/run-metrics";
import { drawIndices, MIN_RESAMPLES, percentileInterval } from "../../stats/bootstrap";
import { multisetPercentile } from "../../stats/multiset-percentile";
import { percentile } from "../../stats/percentile";
import { wilsonInterval } from "../../stats/proportions";
import { seededRandom } from "../../stats/random";
import type { CaseProjection } from "./project";

export interface Figures {
  cases: number;
  passRate: number | null;
  errorRate: number | null;
  costUsd: number;
  costPerUsefulAnswerUsd: number | null;
  /** Over the cases whose final answer arrived (errors have no answer to wait for), as in the
   * run summary. */
  latencyP50Ms: number | null;
  latencyP95Ms: number | null;
  /** Calls per case on average: above 1 when a cascade escalates or a fallback fires. */
  callsPerCase: number | null;
}

type IntervalMetric = "passRate" | "errorRate" | "costPerUsefulAnswerUsd" | "latencyP50Ms" | "latencyP95Ms";
const INTERVAL_METRICS: IntervalMetric[] = ["passRate", "errorRate", "costPerUsefulAnswerUsd", "latencyP50Ms", "latencyP95Ms"];

export type Intervals = Record<IntervalMetric, [number, number] | null>;

export function figuresOf(projections: CaseProjection[]): Figures {
  let passed = 0;
  let errors = 0;
  let costUsd = 0;
  let calls = 0;
  const latencies: number[] = [];
  for (const projection of projections) {
    if (projection.passed) passed++;
    if (projection.error) errors++;
    else latencies.push(projection.latencyMs);
    costUsd += projection.costUsd;
    calls += projection.calls.length;
  }
  latencies.sort((a, b) => a - b);
  const n = projections.length;
  return {
    cases: n,
    passRate: passRate(passed, n),
    errorRate: n > 0 ? errors / n : null,
    costUsd,
    costPerUsefulAnswerUsd: costPerUsefulAnswer(costUsd, passed),
    latencyP50Ms: percentile(latencies, 0.5, { sorted: true }),
    latencyP95Ms: percentile(latencies, 0.95, { sorted: true }),
    callsPerCase: n > 0 ? calls / n : null,
  };
}

export interface BootstrappedArms {
  intervals: Intervals[];
  /** Arm k minus arm `reference` in pass rate, per arm (0 for the reference itself). */
  passRateDifferenceCi95: Array<[number, number] | null>;
  resamples: number;
}

/** An arm as columns, with its answered cases pre-sorted by latency: a resample is then read as
 * how many times it drew each case, in O(n) per arm, without copying or sorting. */
interface ArmColumns {
  passed: Uint8Array;
  error: Uint8Array;
  cost: Float64Array;
  /** Indices of the cases whose final answer arrived, by latency ascending, and those latencies. */
  byLatency: Int32Array;
  sortedLatency: Float64Array;
}

export function columnsOf(arm: CaseProjection[]): ArmColumns {
  const answered = arm.flatMap((projection, index) => (projection.error ? [] : [index]));
  answered.sort((a, b) => arm[a]!.latencyMs - arm[b]!.latencyMs);
  return {
    passed: Uint8Array.from(arm, (projection) => (projection.passed ? 1 : 0)),
    error: Uint8Array.from(arm, (projection) => (projection.error ? 1 : 0)),
    cost: Float64Array.from(arm, (projection) => projection.costUsd),
    byLatency: Int32Array.from(answered),
    sortedLatency: Float64Array.from(answered, (index) => arm[index]!.latencyMs),
  };
}

export function resampledFigures(columns: ArmColumns, drawn: Int32Array, n: number): Record<IntervalMetric, number> {
  let passed = 0;
  let errors = 0;
  let cost = 0;
  for (let index = 0; index < drawn.length; index++) {
    const times = drawn[index]!;
    if (times === 0) continue;
    passed += times * columns.passed[index]!;
    errors += times * columns.error[index]!;
    cost += times * columns.cost[index]!;
  }
  // percentile_cont over the drawn answers, each case counted as often as it was drawn.
  const latencyP50Ms = multisetPercentile(columns.sortedLatency, columns.byLatency, drawn, 0.5) ?? Number.NaN;
  const latencyP95Ms = multisetPercentile(columns.sortedLatency, columns.byLatency, drawn, 0.95) ?? Number.NaN;
  return { passRate: passed / n, errorRate: errors / n, costPerUsefulAnswerUsd: passed > 0 ? cost / passed : Number.NaN, latencyP50Ms, latencyP95Ms };
}

/** Intervals for every arm (each a projection of the same cases, in the same order) and for each
 * arm's pass-rate difference from `reference`, from one set of resampled case indices. */
export function bootstrapArms(arms: CaseProjection[][], reference: number, options: { resamples?: number; seed?: number } = {}): BootstrappedArms {
  const n = arms[0]?.length ?? 0;
  if (arms.some((arm) => arm.length !== n)) throw new RangeError("every arm must project the same cases");
  const resamples = Math.max(options.resamples ?? 2000, MIN_RESAMPLES);
  if (n === 0) return { intervals: arms.map(() => emptyIntervals()), passRateDifferenceCi95: arms.map(() => null), resamples: 0 };
  const random = seededRandom(options.seed ?? 1);
  const columns = arms.map(columnsOf);
  const indices = new Int32Array(n);
  const drawn = new Int32Array(n);
  const values = arms.map(() => Object.fromEntries(INTERVAL_METRICS.map((metric) => [metric, [] as number[]])) as Record<IntervalMetric, number[]>);
  const differences = arms.map(() => [] as number[]);
  for (let r = 0; r < resamples; r++) {
    drawIndices(n, random, indices);
    drawn.fill(0);
    for (let k = 0; k < n; k++) drawn[indices[k]!]!++;
    const figures = columns.map((arm) => resampledFigures(arm, drawn, n));
    figures.forEach((figure, arm) => {
      for (const metric of INTERVAL_METRICS) values[arm]![metric].push(figure[metric]);
      differences[arm]!.push(figure.passRate - figures[reference]!.passRate);
    });
  }
  return {
    intervals: values.map((arm, index) => ({ ...(Object.fromEntries(INTERVAL_METRICS.map((metric) => [metric, intervalOf(arm[metric])])) as Intervals), ...rateIntervals(arms[index]!) })),
    passRateDifferenceCi95: differences.map(intervalOf),
    resamples,
  };
}

function rateIntervals(arm: CaseProjection[]): Pick<Intervals, "passRate" | "errorRate"> {
  const passed = arm.filter((projection) => projection.passed).length;
  const errors = arm.filter((projection) => projection.error).length;
  return { passRate: wilsonInterval(passed, arm.length), errorRate: wilsonInterval(errors, arm.length) };
}

const emptyIntervals = (): Intervals => Object.fromEntries(INTERVAL_METRICS.map((metric) => [metric, null])) as Intervals;

function intervalOf(values: number[]): [number, number] | null {
  const [low, high] = percentileInterval(values, 0.95);
  return Number.isNaN(low) || Number.isNaN(high) ? null : [low, high];
}
