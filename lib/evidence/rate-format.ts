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
