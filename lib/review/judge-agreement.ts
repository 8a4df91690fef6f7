// How far a judge can be trusted, from its verdicts alone and against the humans:
// - position consistency: the share of pairs whose verdict survives swapping the two answers;
// - agreement with humans on the pairs both judged: raw agreement with the humans' majority, and
//   Krippendorff's alpha with the judge as one more coder — nominal over a / b / tie / both bad,
//   and ordinal over a < tie < b (both bad has no place on that scale, so it is left out).
// Alpha's intervals resample PAIRS (the units), seeded, with the shared percentile bootstrap.
// Pure: the leaderboard loads the rows.
import { MIN_RESAMPLES, drawIndices, percentileInterval } from "../stats/bootstrap";
import { krippendorffAlpha } from "../stats/krippendorff";
import { wilsonInterval } from "../stats/proportions";
import { seededRandom } from "../stats/random";

export type Choice = "a" | "b" | "tie" | "both_bad";

/** One pair both judged: every (counted) human's choice, and the judge's final choice. */
export interface SharedPair {
  humans: Choice[];
  judge: Choice;
}

/** Below this many shared pairs the figures are shown as "too few shared pairs": alpha's
 * interval then spans most of [−1, 1] and one pair moves the raw share by 10 points or more. */
export const MIN_SHARED_PAIRS = 10;

const nominalCode: Record<Choice, number> = { a: 0, b: 1, tie: 2, both_bad: 3 };
const ordinalCode: Record<Choice, number | null> = { a: 0, tie: 1, b: 2, both_bad: null };

export function proportion(successes: number, n: number) {
  const [low, high] = wilsonInterval(successes, n);
  return { successes, n, share: n > 0 ? successes / n : null, low, high };
}

/** Position consistency over verdicts whose two orders both answered (consistent not null). */
export function positionConsistency(verdicts: Array<{ consistent: boolean | null }>) {
  const answered = verdicts.filter((verdict) => verdict.consistent !== null);
  return proportion(answered.filter((verdict) => verdict.consistent).length, answered.length);
}

/** The humans' most frequent choice, or null when two choices share the top count. */
export function majority(choices: Choice[]): Choice | null {
  const counts = new Map<Choice, number>();
  for (const choice of choices) counts.set(choice, (counts.get(choice) ?? 0) + 1);
  const ranked = [...counts.entries()].sort((x, y) => y[1] - x[1]);
  if (ranked.length === 0 || (ranked.length > 1 && ranked[0]![1] === ranked[1]![1])) return null;
  return ranked[0]![0];
}

const nominalUnit = (pair: SharedPair) => [...pair.humans, pair.judge].map((choice) => nominalCode[choice]);
const ordinalUnit = (pair: SharedPair) => [...pair.humans, pair.judge].map((choice) => ordinalCode[choice]).filter((code): code is number => code !== null);

function alphaWithInterval(units: number[][], level: "nominal" | "ordinal", resamples: number, seed: number) {
  const alpha = krippendorffAlpha(units, level);
  if (alpha === null || units.length === 0) return { alpha, low: null, high: null };
  const random = seededRandom(seed);
  const indices = new Int32Array(units.length);
  const values: number[] = [];
  for (let r = 0; r < resamples; r++) {
    drawIndices(units.length, random, indices);
    values.push(krippendorffAlpha(Array.from(indices, (k) => units[k]!), level) ?? Number.NaN);
  }
  const [low, high] = percentileInterval(values, 0.95);
  return { alpha, low: Number.isNaN(low) ? null : low, high: Number.isNaN(high) ? null : high };
}

/** Raw agreement counts only pairs with a human majority (a 1–1 split has none to agree with). */
export function judgeHumanAgreement(pairs: SharedPair[], options: { resamples?: number; seed?: number } = {}) {
  const resamples = Math.max(options.resamples ?? MIN_RESAMPLES, MIN_RESAMPLES);
  const seed = options.seed ?? 11;
  const majorities = pairs.map((pair) => ({ judge: pair.judge, humans: majority(pair.humans) }));
  const decided = majorities.filter((pair) => pair.humans !== null);
  return {
    sharedPairs: pairs.length,
    tooFew: pairs.length < MIN_SHARED_PAIRS,
    raw: { ...proportion(decided.filter((pair) => pair.humans === pair.judge).length, decided.length), split: pairs.length - decided.length },
    nominal: alphaWithInterval(pairs.map(nominalUnit), "nominal", resamples, seed),
    ordinal: alphaWithInterval(pairs.map(ordinalUnit), "ordinal", resamples, seed + 1),
  };
}
