// A two-sided p-value read off a paired bootstrap's resampled differences, so the drift metrics
// that have only an interval (latency percentiles, costs, lengths) can join pass rates in one
// Holm correction. It inverts the percentile interval: p < α exactly when 0 lies outside the
// central (1 − α) share of the resamples (Efron & Tibshirani 1993, §16.4; the +1 keeps a finite
// number of resamples from ever claiming p = 0, Davison & Hinkley 1997, §4.2.1).

/** 2 × (1 + the smaller count of resamples on either side of 0, 0 counting on both) ÷ (B + 1),
 * capped at 1. No resamples → 1: nothing is shown. */
export function bootstrapPValue(differences: ArrayLike<number>): number {
  const count = differences.length;
  if (count === 0) return 1;
  let atMostZero = 0;
  let atLeastZero = 0;
  for (let k = 0; k < count; k++) {
    const value = differences[k]!;
    if (value <= 0) atMostZero += 1;
    if (value >= 0) atLeastZero += 1;
  }
  return Math.min(1, (2 * (1 + Math.min(atMostZero, atLeastZero))) / (count + 1));
}
