// How much more data would settle a comparison — planning numbers, so approximations that err
// on the side of "more" are fine, and a number far beyond reach is said plainly instead.
import { normalQuantile } from "./normal";

/** Cases needed for McNemar's test to detect a difference in paired pass rates (Connor 1987,
 * "Sample size for testing differences in proportions for the paired-sample design", Biometrics
 * 43:207, eq. 3): n = [z(1−α/2)·√ψ + z(power)·√(ψ − δ²)]² / δ², where ψ is the share of cases on
 * which the two variants disagree and δ = pA − pB. Rounded up; Infinity when δ = 0. */
export function pairedCasesNeeded({ discordantShare, difference, alpha = 0.05, power = 0.8 }: { discordantShare: number; difference: number; alpha?: number; power?: number }): number {
  const psi = discordantShare;
  const delta = Math.abs(difference);
  if (!(psi > 0 && psi <= 1)) throw new RangeError(`discordantShare must lie in (0, 1], got ${psi}`);
  if (!(delta <= psi)) throw new RangeError(`a difference of ${difference} needs at least that share of discordant cases, got ${psi}`);
  if (!(alpha > 0 && alpha < 1 && power > 0 && power < 1)) throw new RangeError("alpha and power must lie in (0, 1)");
  if (delta === 0) return Infinity;
  const root = normalQuantile(1 - alpha / 2) * Math.sqrt(psi) + normalQuantile(power) * Math.sqrt(psi - delta * delta);
  return Math.ceil((root * root) / (delta * delta));
}

/** Head-to-head votes needed to tell two Bradley–Terry ratings `ratingGap` Elo-like points apart
 * at the given power. A decisive vote between the two is a paired comparison in which every pair
 * disagrees, so this is Connor's formula with ψ = 1 and δ = 2P − 1, P = 1 / (1 + 10^(−gap/400)):
 * the sign test of "each wins half". Approximations, documented: ties are treated as if they were
 * absent (a tie carries less information than a decision, so count them as half a vote), and
 * votes against third variants, which sharpen both ratings a little, are ignored — the answer is
 * an upper bound on direct votes. Infinity for a zero gap. */
export function votesNeeded({ ratingGap, alpha = 0.05, power = 0.8 }: { ratingGap: number; alpha?: number; power?: number }): number {
  const chance = 1 / (1 + 10 ** (-Math.abs(ratingGap) / 400));
  return pairedCasesNeeded({ discordantShare: 1, difference: 2 * chance - 1, alpha, power });
}

/** When the data needed is more than ten times the data in hand, the honest answer is "these are
 * effectively tied", not a number nobody will collect. */
export const EFFECTIVELY_TIED_FACTOR = 10;

export function plannerVerdict(needed: number, have: number): { needed: number | null; effectivelyTied: boolean } {
  if (!(needed <= EFFECTIVELY_TIED_FACTOR * have)) return { needed: null, effectivelyTied: true };
  return { needed, effectivelyTied: false };
}
