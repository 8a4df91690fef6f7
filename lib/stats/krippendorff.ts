// Krippendorff's alpha: agreement between several raters beyond chance, tolerant of missing
// ratings (Krippendorff 2011, "Computing Krippendorff's Alpha-Reliability"). α = 1 − Do / De,
// computed from the coincidence matrix of pairable values: per unit only the COUNT of each value
// matters, so the cost is O(units × distinct values²) whatever the number of ratings, and the
// three levels differ only in the distance between two values.

export type Level = "nominal" | "ordinal" | "interval";

/** units[u] = the values raters gave unit u (missing ratings simply absent). Units with fewer
 * than two values carry no information about agreement and are skipped. Null when undefined
 * (fewer than two pairable values, or no variation at all). */
export function krippendorffAlpha(units: number[][], level: Level = "nominal"): number | null {
  const distinct = new Set<number>();
  for (const unit of units) if (unit.length >= 2) for (const value of unit) distinct.add(value);
  const values = [...distinct].sort((a, b) => a - b);
  const size = values.length;
  const index = new Map(values.map((value, i) => [value, i]));
  // o[c][k]: coincidences of value c with value k, each unit's m(m − 1) ordered pairs weighted 1/(m − 1).
  const coincidences = new Float64Array(size * size);
  const counts = new Float64Array(size);
  const present = new Int32Array(size);
  for (const unit of units) {
    if (unit.length < 2) continue;
    let distinctInUnit = 0;
    for (const value of unit) {
      const c = index.get(value)!;
      if (counts[c] === 0) present[distinctInUnit++] = c;
      counts[c]! += 1;
    }
    const weight = 1 / (unit.length - 1);
    for (let x = 0; x < distinctInUnit; x++) {
      const c = present[x]!;
      for (let y = 0; y < distinctInUnit; y++) {
        const k = present[y]!;
        coincidences[c * size + k]! += weight * counts[c]! * (c === k ? counts[c]! - 1 : counts[k]!);
      }
    }
    for (let x = 0; x < distinctInUnit; x++) counts[present[x]!] = 0;
  }
  const marginals = new Float64Array(size);
  for (let c = 0; c < size; c++) for (let k = 0; k < size; k++) marginals[c]! += coincidences[c * size + k]!;
  const n = marginals.reduce((sum, value) => sum + value, 0);
  if (n < 2) return null;

  const delta = distance(level, values, marginals);
  let observed = 0;
  let expected = 0;
  for (let c = 0; c < size; c++) {
    for (let k = 0; k < size; k++) {
      if (c === k) continue;
      observed += coincidences[c * size + k]! * delta(c, k);
      expected += marginals[c]! * marginals[k]! * delta(c, k);
    }
  }
  if (expected === 0) return null;
  return 1 - ((n - 1) * observed) / expected;
}

/** δ²(c, k) between the c-th and k-th smallest values. Ordinal: the squared number of pairable
 * values ranked between them, counting the two end categories half (Krippendorff 2011, eq. for
 * ordinal metric), so distances follow how the values are used, not their numeric spacing. */
function distance(level: Level, values: number[], marginals: Float64Array): (c: number, k: number) => number {
  if (level === "nominal") return (c, k) => (c === k ? 0 : 1);
  if (level === "interval") return (c, k) => (values[c]! - values[k]!) ** 2;
  const cumulative = new Float64Array(marginals.length + 1);
  for (let g = 0; g < marginals.length; g++) cumulative[g + 1] = cumulative[g]! + marginals[g]!;
  return (c, k) => {
    const [low, high] = c < k ? [c, k] : [k, c];
    return (cumulative[high + 1]! - cumulative[low]! - (marginals[low]! + marginals[high]!) / 2) ** 2;
  };
}
