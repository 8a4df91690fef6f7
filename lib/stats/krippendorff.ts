// Krippendorff's alpha: agreement between several raters beyond chance, tolerant of missing
// ratings (Krippendorff 2011, "Computing Krippendorff's Alpha-Reliability"). α = 1 − Do / De.

export type Level = "nominal" | "interval";

const distance: Record<Level, (a: number, b: number) => number> = {
  nominal: (a, b) => (a === b ? 0 : 1),
  interval: (a, b) => (a - b) ** 2,
};

/** units[u] = the values raters gave unit u (missing ratings simply absent). Units with fewer
 * than two values carry no information about agreement and are skipped. Null when undefined
 * (fewer than two pairable values, or no variation at all). */
export function krippendorffAlpha(units: number[][], level: Level = "nominal"): number | null {
  const delta = distance[level];
  const pairable = units.filter((values) => values.length >= 2);
  const n = pairable.reduce((sum, values) => sum + values.length, 0);
  if (n < 2) return null;

  let observed = 0;
  for (const values of pairable) {
    let sum = 0;
    for (let i = 0; i < values.length; i++) for (let j = 0; j < values.length; j++) if (i !== j) sum += delta(values[i]!, values[j]!);
    observed += sum / (values.length - 1);
  }
  observed /= n;

  const all = pairable.flat();
  let expected = 0;
  for (let i = 0; i < all.length; i++) for (let j = 0; j < all.length; j++) if (i !== j) expected += delta(all[i]!, all[j]!);
  expected /= n * (n - 1);

  return expected === 0 ? null : 1 - observed / expected;
}
