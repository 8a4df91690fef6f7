/** percentile_cont(p) — the definition Juxta uses everywhere, and the one its SQL summaries use:
 * the value at rank p × (n − 1) of the sorted values, interpolated linearly. Null for no data. */
export function percentile(values: ArrayLike<number>, p: number, options: { sorted?: boolean } = {}): number | null {
  if (values.length === 0) return null;
  const sorted = options.sorted ? values : Array.from(values).sort((a, b) => a - b);
  const rank = p * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (rank - low);
}
