// Pass rates and their comparisons. Pass rates in Juxta are small-sample proportions (a few dozen
// cases) that often sit at 0 % or 100 %, where the textbook p ± 1.96·SE interval collapses to a
// point or leaves [0, 1]; Wilson's score interval does neither (Newcombe 1998, Stat Med 17:857).
// Two variants run on the same cases are PAIRED, so their comparison uses the discordant cases:
// McNemar's exact test and Newcombe's paired interval (Stat Med 17:2635, method 10).
import { twoSidedZ } from "./normal";

/** Wilson score interval for successes / n. No data → [0, 1]: nothing is ruled out. */
export function wilsonInterval(successes: number, n: number, confidence = 0.95): [number, number] {
  if (n === 0) return [0, 1];
  if (!(successes >= 0 && successes <= n)) throw new RangeError(`successes must lie in 0..n, got ${successes} of ${n}`);
  const z = twoSidedZ(confidence);
  const z2 = z * z;
  const centre = (successes + z2 / 2) / (n + z2);
  const half = (z * Math.sqrt((successes * (n - successes)) / n + z2 / 4)) / (n + z2);
  // At 0 or n the bound is exactly 0 or 1; rounding would otherwise leave ±1e-17.
  return [successes === 0 ? 0 : Math.max(0, centre - half), successes === n ? 1 : Math.min(1, centre + half)];
}

/** ln C(n, k) as a sum of logs: exact enough (error ~ k·1e-16) for any number of cases. */
function logChoose(n: number, k: number): number {
  const m = Math.min(k, n - k);
  let sum = 0;
  for (let i = 1; i <= m; i++) sum += Math.log((n - m + i) / i);
  return sum;
}

/** P(X ≤ k) for X ~ Binomial(n, 1/2), summed downwards from P(X = k) by the ratio
 * P(X = i − 1) / P(X = i) = i / (n − i + 1): no 2^−n underflow, and no
 * 1 − (1 − tail) cancellation when the caller asks for an upper tail (it uses symmetry). */
function binomialHalfAtMost(k: number, n: number): number {
  if (k < 0) return 0;
  if (k >= n) return 1;
  let term = 1;
  let sum = 1;
  for (let i = k; i > 0 && term > 1e-17 * sum; i--) {
    term *= i / (n - i + 1);
    sum += term;
  }
  const atK = Math.exp(logChoose(n, k) - n * Math.LN2);
  return Math.min(1, atK * sum);
}

/** McNemar's exact test: under "no difference" each discordant case is equally likely to favour
 * either variant, so b ~ Binomial(b + c, 1/2). b = cases A passed and B failed, c = the reverse;
 * "greater" asks whether A passes more often. Two-sided = twice the smaller tail, capped at 1. */
export function mcnemarExact(b: number, c: number, alternative: "two-sided" | "greater" | "less" = "two-sided"): number {
  if (!(Number.isInteger(b) && Number.isInteger(c) && b >= 0 && c >= 0)) throw new RangeError(`discordant counts must be whole numbers ≥ 0, got ${b} and ${c}`);
  const n = b + c;
  if (n === 0) return 1;
  const atMost = binomialHalfAtMost(b, n);
  const atLeast = binomialHalfAtMost(n - b, n); // P(X ≥ b) = P(X ≤ n − b) when p = 1/2
  if (alternative === "greater") return Math.min(1, atLeast);
  if (alternative === "less") return Math.min(1, atMost);
  return Math.min(1, 2 * Math.min(atMost, atLeast));
}

export interface PairedCounts {
  /** Cases both variants passed. */
  both: number;
  /** Cases only A passed. */
  onlyA: number;
  /** Cases only B passed. */
  onlyB: number;
  /** Cases neither passed. */
  neither: number;
}

/** Newcombe's method 10 interval for pA − pB on paired data: the distances from each pass rate to
 * its Wilson limits, combined "square and add" with a correction for the correlation between the
 * two rates (φ, shrunk towards 0 by n/2 as Newcombe prescribes). No cases → [−1, 1]. */
export function newcombePairedDifference(counts: PairedCounts, confidence = 0.95): [number, number] {
  const { both, onlyA, onlyB, neither } = counts;
  for (const [field, value] of Object.entries(counts)) if (!(Number.isInteger(value) && value >= 0)) throw new RangeError(`${field} must be a whole number ≥ 0, got ${value}`);
  const n = both + onlyA + onlyB + neither;
  if (n === 0) return [-1, 1];
  const passA = both + onlyA;
  const passB = both + onlyB;
  const pA = passA / n;
  const pB = passB / n;
  const [lowA, highA] = wilsonInterval(passA, n, confidence);
  const [lowB, highB] = wilsonInterval(passB, n, confidence);
  const marginals = passA * (n - passA) * passB * (n - passB);
  const cross = both * neither - onlyA * onlyB;
  const phi = marginals === 0 ? 0 : (cross > n / 2 ? cross - n / 2 : cross < 0 ? cross : 0) / Math.sqrt(marginals);
  const difference = pA - pB;
  const below = Math.sqrt(Math.max(0, (pA - lowA) ** 2 - 2 * phi * (pA - lowA) * (highB - pB) + (highB - pB) ** 2));
  const above = Math.sqrt(Math.max(0, (pB - lowB) ** 2 - 2 * phi * (pB - lowB) * (highA - pA) + (highA - pA) ** 2));
  return [Math.max(-1, difference - below), Math.min(1, difference + above)];
}
