// How an alert reads: each drifted metric as "before → after (change, 95 % interval)". Pure, so
// the webhook's Slack-compatible `text` and the in-app banner say the same thing.
import type { DriftMetric } from "./drift-tests";

export const metricLabels: Record<DriftMetric, string> = {
  pass_rate: "pass rate",
  total_ms_p95: "p95 total time",
  ttft_ms_p95: "p95 time to first token",
  cost_per_useful_answer_usd: "cost per useful answer",
  output_tokens: "output length",
  changed_share: "answers changed",
  dissimilar_share: "answers changed in substance",
};

const isShare = (metric: DriftMetric) => metric === "pass_rate" || metric === "changed_share" || metric === "dissimilar_share";

export function formatValue(metric: DriftMetric, value: number | null): string {
  if (value === null) return "–";
  if (isShare(metric)) return `${(value * 100).toFixed(1)} %`;
  if (metric === "cost_per_useful_answer_usd") return `$${value.toPrecision(3)}`;
  if (metric === "output_tokens") return `${value.toFixed(0)} tokens`;
  return `${Math.round(value)} ms`;
}

function formatChange(metric: DriftMetric, value: number): string {
  const sign = value > 0 ? "+" : value < 0 ? "−" : "±";
  const size = Math.abs(value);
  if (isShare(metric)) return `${sign}${(size * 100).toFixed(1)} points`;
  if (metric === "cost_per_useful_answer_usd") return `${sign}$${size.toPrecision(3)}`;
  if (metric === "output_tokens") return `${sign}${size.toFixed(0)} tokens`;
  return `${sign}${Math.round(size)} ms`;
}

export interface MetricChange {
  metric: DriftMetric;
  before: number | null;
  after: number | null;
  difference: number | null;
  ci95: [number, number] | null;
}

/** "pass rate 95.0 % → 60.0 % (−35.0 points, 95 % CI −50.1 to −20.2 points)". */
export function describeChange(change: MetricChange): string {
  const head = `${metricLabels[change.metric]} ${formatValue(change.metric, change.before)} → ${formatValue(change.metric, change.after)}`;
  if (change.difference === null) return head;
  const interval = change.ci95 ? `, 95 % CI ${formatChange(change.metric, change.ci95[0])} to ${formatChange(change.metric, change.ci95[1])}` : "";
  return `${head} (${formatChange(change.metric, change.difference)}${interval})`;
}
