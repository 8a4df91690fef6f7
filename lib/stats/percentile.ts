/** percentile_cont(p) — the definition Juxta uses everywhere, and the one its SQL summaries use:
 * the value at rank p × (n − 1) of the sorted values, interpolated linearly. Null for no data. */
export function percentile(values: ArrayLike<number>, p: number, options: { sorted?: boolean } = {}): number | null {
  if (values.length === 0) return null;
  const sorted = options.sorted ? values : Array.from(values).sort((a, b) => a - b);
  const { low, high, weight } = percentileRank(sorted.length, p);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * weight;
}

/** Where percentile_cont(p) of n sorted values reads: the two ranks around p × (n − 1) and the
 * weight of the upper one. Also for percentileInPlace (select.ts), which finds those two values
 * without sorting. */
export function percentileRank(n: number, p: number): { low: number; high: number; weight: number } {
  const rank = p * (n - 1);
  const low = Math.floor(rank);
  return { low, high: Math.ceil(rank), weight: rank - low };
}
