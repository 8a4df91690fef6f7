// How Juxta writes its figures, the one set of formatters for the pages, the CLI and the
// Markdown exports (a CSV gets the raw numbers instead); money has its own module, money.ts.
// Pure and shared by server and browser code, so it imports nothing.

/** "850 ms", "1.20 s"; "—" for no figure. Fractions (a percentile) are rounded to the ms. */
export function formatMs(ms: number | null | undefined): string {
  if (ms === null || ms === undefined) return "—";
  const whole = Math.round(ms);
  return whole < 1000 ? `${whole} ms` : `${(whole / 1000).toFixed(2)} s`;
}

/** Generation speed: "42 tok/s", "7.5 tok/s". */
export const formatTokenRate = (rate: number | null | undefined) => (rate === null || rate === undefined ? "—" : `${rate.toFixed(rate < 10 ? 1 : 0)} tok/s`);

/** A count with thousands separators, the same in every locale: "12,345". */
export const formatCount = (count: number) => count.toLocaleString("en-US");

/** Items per second with one decimal: "2.0"; "—" for no figure. */
export const formatPerSecond = (rate: number | null) => (rate === null ? "—" : rate.toFixed(1));

// A rate with its interval, the one way the run page and the CLI write it: "92 % (87–95 %, n = 200)".
// Whole percents read best in a table; a figure that would round to 0 % or 100 % without being
// exactly that keeps one decimal, so "no failures" is never claimed for 199 of 200.

export function formatPercent(value: number): string {
  const whole = Math.round(value * 100);
  const misleading = (whole === 0 && value > 0) || (whole === 100 && value < 1);
  return `${misleading ? (value * 100).toFixed(1) : whole} %`;
}

/** "92 % (87–95 %, n = 200)"; without `n`, "92 % (87–95 %)"; no rate → "—". */
export function formatRateWithInterval(rate: number | null, ci95: readonly number[] | null, n?: number): string {
  if (rate === null) return "—";
  const [low, high] = ci95 ?? [];
  if (low === undefined || high === undefined) return formatPercent(rate);
  const range = `${formatPercent(low).replace(" %", "")}–${formatPercent(high)}`;
  return `${formatPercent(rate)} (${range}${n === undefined ? "" : `, n = ${n}`})`;
}
