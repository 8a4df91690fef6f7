// The definitions of a run's summary numbers (DESIGN.md, "Metrics"). Percentiles are computed in
// SQL with percentile_cont; `percentile` here is the same definition (linear interpolation
// between closest ranks) for code that holds the numbers already, and for the test that keeps
// the two in step.

/** percentile_cont(p): the value at rank p × (n − 1), interpolated linearly. Null for no data. */
export function percentile(values: number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = p * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (rank - low);
}

/** Total cost of a variant's calls — retries and failures included — ÷ answers that passed
 * their assertions. Null when nothing passed: no useful answer has no finite price. */
export function costPerUsefulAnswer(totalCostUsd: number, passed: number): number | null {
  return passed > 0 ? totalCostUsd / passed : null;
}

/** Passed ÷ items that finished (answered or failed; cancelled items are not judged). */
export function passRate(passed: number, finished: number): number | null {
  return finished > 0 ? passed / finished : null;
}

export const PERCENTILES = [0.5, 0.95, 0.99] as const;
