// Several comparisons on one run (each variant against the baseline, every metric) each get a
// p-value; read one by one, some will look "significant" by chance. Holm's step-down adjustment
// (Holm 1979, Scand J Statist 6:65) controls the chance of any false claim at α, like Bonferroni,
// while rejecting at least as much.

/** Holm-adjusted p-values, in the order given: the i-th smallest p is multiplied by (m − i + 1),
 * then made non-decreasing along that order and capped at 1. Reject where adjusted ≤ α. */
export function holm(pValues: number[]): number[] {
  const m = pValues.length;
  for (const p of pValues) if (!(p >= 0 && p <= 1)) throw new RangeError(`p-values must lie in [0, 1], got ${p}`);
  const order = pValues.map((p, index) => ({ p, index })).sort((x, y) => x.p - y.p);
  const adjusted = new Array<number>(m);
  let running = 0;
  order.forEach(({ p, index }, rank) => {
    running = Math.max(running, Math.min(1, (m - rank) * p));
    adjusted[index] = running;
  });
  return adjusted;
}
