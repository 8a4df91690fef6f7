// The two paired tests every comparison of two sides rests on — the evidence pages (two variants of
// a run, or a variant in two runs) and drift (a watch run against its baseline) — kept here once so
// both read the same counts, intervals and resamples. Pure and deterministic for a seed.
import { drawIndices, MIN_RESAMPLES, percentileInterval } from "../stats/bootstrap";
import { mcnemarExact, newcombePairedDifference, type PairedCounts } from "../stats/proportions";
import { seededRandom } from "../stats/random";

export interface PairedPassRate {
  n: number;
  /** The 2×2 table of paired outcomes (onlyA: A passed and B failed). */
  counts: PairedCounts;
  aValue: number;
  bValue: number;
  /** B − A in proportion points (0.06 = 6 points). */
  difference: number;
  /** Newcombe's paired interval of B − A. */
  ci95: [number, number];
  /** Exact McNemar test, two-sided. */
  pValue: number;
}

/** Pass rates of two sides over paired units (null without units). */
export function pairedPassRate(pairs: ReadonlyArray<readonly [boolean, boolean]>): PairedPassRate | null {
  const counts = { both: 0, onlyA: 0, onlyB: 0, neither: 0 };
  for (const [passedA, passedB] of pairs) {
    if (passedA && passedB) counts.both += 1;
    else if (passedA) counts.onlyA += 1;
    else if (passedB) counts.onlyB += 1;
    else counts.neither += 1;
  }
  const n = pairs.length;
  if (n === 0) return null;
  const [low, high] = newcombePairedDifference(counts); // for A − B
  return {
    n,
    counts,
    aValue: (counts.both + counts.onlyA) / n,
    bValue: (counts.both + counts.onlyB) / n,
    difference: (counts.onlyB - counts.onlyA) / n,
    ci95: [-high, -low],
    pValue: mcnemarExact(counts.onlyA, counts.onlyB),
  };
}

export interface PairedResamples {
  aValue: number;
  bValue: number;
  /** B − A of every resample where both sides had a figure. */
  differences: number[];
  /** B ÷ A of those resamples where A > 0. */
  ratios: number[];
}

/** A seeded bootstrap over n paired units: each resample draws unit indices and hands the SAME
 * indices to both sides, so the unit-to-unit correlation that makes paired comparisons sharp is
 * kept. `statistics` gets the indices (all of them first, for the estimate) and returns each side's
 * figure; a resample where a side has none (e.g. no passing answer) is left out. Null when there is
 * no estimate, with the sides' figures as far as they exist. */
export function resamplePairs(
  n: number,
  seed: number,
  statistics: (indices: Int32Array) => [number | null, number | null],
): { estimate: [number | null, number | null]; resamples: PairedResamples | null } {
  const estimate = n === 0 ? ([null, null] as [null, null]) : statistics(Int32Array.from({ length: n }, (_, index) => index));
  const [aValue, bValue] = estimate;
  if (aValue === null || bValue === null) return { estimate, resamples: null };
  const random = seededRandom(seed);
  const indices = new Int32Array(n);
  const differences: number[] = [];
  const ratios: number[] = [];
  // The least the house rule allows: these run on the request path, on every pair of a run.
  for (let resample = 0; resample < MIN_RESAMPLES; resample++) {
    const [x, y] = statistics(drawIndices(n, random, indices));
    if (x === null || y === null) continue;
    differences.push(y - x);
    if (x > 0) ratios.push(y / x);
  }
  return { estimate, resamples: { aValue, bValue, differences, ratios } };
}

/** The 95 % percentile interval of resampled values, or null when it is not finite (too few). */
export function interval95(values: number[]): [number, number] | null {
  const [low, high] = percentileInterval(values, 0.95);
  return Number.isFinite(low) && Number.isFinite(high) ? [low, high] : null;
}
