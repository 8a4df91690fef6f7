// percentile_cont (percentile.ts) of a typed array without sorting it: a selection puts the two
// values the interpolation reads at their ranks, in linear expected time where a sort is n log n.
// For statistics computed thousands of times on resamples (the paired bootstrap's latency
// percentiles), where the sort was most of a run's comparison time.
import { percentileRank } from "./percentile";

/** Reorders `values` in place so that values[k] is the k-th smallest (0-based), nothing after it is
 * smaller and nothing before it larger (Hoare's selection, as Wirth writes it). */
export function selectInPlace(values: Float64Array, k: number): void {
  let left = 0;
  let right = values.length - 1;
  while (left < right) {
    const pivot = values[k]!;
    let i = left;
    let j = right;
    do {
      while (values[i]! < pivot) i++;
      while (pivot < values[j]!) j--;
      if (i <= j) {
        const swap = values[i]!;
        values[i] = values[j]!;
        values[j] = swap;
        i++;
        j--;
      }
    } while (i <= j);
    if (j < k) left = i;
    if (k < i) right = j;
  }
}

/** The same number as percentile(values, p) — bit for bit — for finite values; reorders `values`. */
export function percentileInPlace(values: Float64Array, p: number): number | null {
  const n = values.length;
  if (n === 0) return null;
  const { low, high, weight } = percentileRank(n, p);
  selectInPlace(values, low);
  const lowValue = values[low]!;
  // The next rank up is the smallest of what the selection left after `low`.
  let highValue = lowValue;
  if (high !== low) {
    highValue = values[high]!;
    for (let index = high + 1; index < n; index++) if (values[index]! < highValue) highValue = values[index]!;
  }
  return lowValue + (highValue - lowValue) * weight;
}
