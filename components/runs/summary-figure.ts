// How a run summary cell splits into two lines, so the table fits a laptop screen without
// scrolling sideways: the figure a reader compares first on top, its detail underneath in small
// print. Pure, over the text lib/runs/summary-columns.ts formats, so the CLI and CSV stay as they are.

/** [main, detail]: "812 ms / 1.93 s / 2.14 s" → ["812 ms", "p95 1.93 s · p99 2.14 s"] (a
 * percentile triple, labelled so the lower line never reads as a range); "100 % (61–100 %, n = 6)"
 * → ["100 %", "(61–100 %, n = 6)"] (a figure and its interval); anything else stays whole. */
export function splitFigure(text: string): [string, string | null] {
  const triple = text.split(" / ");
  if (triple.length === 3 && triple.every((part) => /^[\d.,]+ m?s$|^—$/.test(part))) return [triple[0]!, `p95 ${triple[1]} · p99 ${triple[2]}`];
  const interval = /^(.+?) (\(.+\))$/.exec(text);
  if (interval) return [interval[1]!, interval[2]!];
  return [text, null];
}
