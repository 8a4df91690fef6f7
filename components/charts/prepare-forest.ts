// A forest plot of paired differences (STYLE rule 9: pure shaping, unit-tested): one row per
// comparison of the chosen metric, the difference B − A as a point, its 95 % interval as a
// whisker, a zero line, and rows whose interval is unknown left out of the plot.
export interface ForestInput {
  aName: string;
  bName: string;
  n: number;
  difference: number | null;
  /** [low, high] (a plain array once it has been through JSON). */
  ci95: number[] | null;
  significant: boolean;
}

export interface ForestRow {
  label: string;
  difference: number;
  /** Distances below and above the point, as Recharts' ErrorBar wants them. */
  whisker: [number, number];
  low: number;
  high: number;
  significant: boolean;
  n: number;
}

export function forestRows(comparisons: ForestInput[], scale = 1): ForestRow[] {
  return comparisons
    .filter((comparison): comparison is ForestInput & { difference: number; ci95: number[] } => comparison.difference !== null && comparison.ci95 !== null)
    .map((comparison) => {
      const difference = comparison.difference * scale;
      const low = comparison.ci95[0]! * scale;
      const high = comparison.ci95[1]! * scale;
      return { label: `${comparison.bName} − ${comparison.aName}`, difference, whisker: [difference - low, high - difference], low, high, significant: comparison.significant, n: comparison.n };
    });
}

/** A symmetric domain around zero that holds every whisker, so "no difference" sits mid-plot,
 * ending on a round number (1, 2, 2.5 or 5 × a power of ten) so the ticks read well. */
export function forestDomain(rows: ForestRow[]): [number, number] {
  const reach = Math.max(1e-9, ...rows.flatMap((row) => [Math.abs(row.low), Math.abs(row.high)]));
  const power = 10 ** Math.floor(Math.log10(reach));
  const round = [1, 2, 2.5, 5, 10].map((step) => step * power).find((candidate) => candidate >= reach)!;
  return [-round, round];
}
