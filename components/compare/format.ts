// Number formats for metrics, the same everywhere in the UI.
export const formatMs = (ms: number | null | undefined) => (ms === null || ms === undefined ? "—" : ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(2)} s`);

export function formatUsd(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "—";
  const usd = Number(value);
  if (usd === 0) return "$0";
  return usd < 0.01 ? `$${usd.toFixed(5)}` : `$${usd.toFixed(4)}`;
}

export const formatRate = (rate: number | null | undefined) => (rate === null || rate === undefined ? "—" : `${rate.toFixed(rate < 10 ? 1 : 0)} tok/s`);
