// Labels of a latency histogram's buckets ("1.05–1.10 s"). Every label has as many decimals as it
// takes to tell each edge from its neighbours, and all share that precision: "1.0k–1.0k" for a
// 40 ms bucket said nothing, and "1.1–1.15" reads as a narrower bucket than "1.15–1.2".
const MAX_DECIMALS = 3; // edges are whole milliseconds: three decimals of a second are exact

/** One label per bucket: bucket k covers [edges[k], edges[k + 1]), in ms. */
export function histogramBinLabels(edges: number[]): string[] {
  if (edges.length < 2) return [];
  const seconds = Math.max(...edges.map(Math.abs)) >= 1000;
  const values = seconds ? edges.map((ms) => ms / 1000) : edges;
  const decimals = precisionToTellApart(values, seconds ? MAX_DECIMALS : 0);
  const shown = values.map((value) => value.toFixed(decimals));
  return shown.slice(0, -1).map((low, k) => `${low}–${shown[k + 1]} ${seconds ? "s" : "ms"}`);
}

/** The fewest decimals (up to `most`) at which no two neighbouring edges read the same. */
function precisionToTellApart(values: number[], most: number): number {
  for (let decimals = 0; decimals < most; decimals += 1) {
    const shown = values.map((value) => value.toFixed(decimals));
    if (shown.every((text, k) => k === 0 || text !== shown[k - 1])) return decimals;
  }
  return most;
}
