// Number formats for metrics, the same everywhere in the UI.
export const formatMs = (ms: number | null | undefined) => (ms === null || ms === undefined ? "—" : ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(2)} s`);

export { formatUsd } from "@/lib/format/money";

export const formatRate = (rate: number | null | undefined) => (rate === null || rate === undefined ? "—" : `${rate.toFixed(rate < 10 ? 1 : 0)} tok/s`);
