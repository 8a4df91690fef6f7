// percentile_cont over a multiset: sorted values, each counted as often as its case was drawn. A
// bootstrap resample of cases is exactly such a multiset, so its p95 needs no copying or sorting
// (lib/stats/percentile.ts is the definition; lib/decide/scorecard-metrics.test.ts holds the two equal).
// Used by the scorecard and the routing projections.

/** `sorted` ascending; `owner[k]` the case of sorted[k]; `times[c]` how often case c counts. The
 * value at rank p × (N − 1) of the N counted values, interpolated linearly; null when N = 0. */
export function multisetPercentile(sorted: Float64Array, owner: Int32Array, times: ArrayLike<number>, p: number): number | null {
  let count = 0;
  for (let k = 0; k < owner.length; k++) count += times[owner[k]!]!;
  if (count === 0) return null;
  const rank = p * (count - 1);
  const lowRank = Math.floor(rank);
  const highRank = Math.ceil(rank);
  let seen = 0;
  let low: number | null = null;
  for (let k = 0; k < sorted.length; k++) {
    seen += times[owner[k]!]!;
    // Positions 0 … seen − 1 of the counted values are now covered.
    if (low === null && seen > lowRank) low = sorted[k]!;
    if (seen > highRank) return low! + (sorted[k]! - low!) * (rank - lowRank);
  }
  return low;
}
