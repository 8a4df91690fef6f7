// The run summary's table, laid out once: each column's key, its label, how a figure reads
// (lib/format/figures.ts; money through lib/format/money.ts) and the raw cells it gives a CSV. The run page, `juxta runs show` and
// the summary CSV all walk this list, so they cannot disagree. Pure and browser-safe.
import { formatCount, formatMs, formatPerSecond, formatRateWithInterval } from "../format/figures";
import { formatCost, formatUsd, sumUsd } from "../format/money";
import type { VariantStats } from "./summary";

/** A variant's figures as the API sends them (an interval is a plain array once it is JSON). */
export type SummaryStats = Omit<VariantStats, "passRateCi95" | "errorRateCi95"> & { passRateCi95: readonly number[] | null; errorRateCi95: readonly number[] | null };

/** A row of the table: a variant (with its concurrency level in a load run) and its figures. */
export interface SummaryRow {
  name: string;
  stats: SummaryStats;
}

export interface SummaryColumn {
  key: string;
  label: string;
  /** What the figure means, where the label cannot say it (a tooltip on the page). */
  hint?: string;
  format(row: SummaryRow): string;
  /** The raw figures behind the cell, one CSV column each: no rounding, no units. */
  csv: Array<{ header: string; value(row: SummaryRow): string | number | null }>;
}

const percentiles = (key: "ttft" | "total", label: string): SummaryColumn => ({
  key,
  label: `${label} p50 / p95 / p99`,
  format: ({ stats }) => [stats[key].p50, stats[key].p95, stats[key].p99].map(formatMs).join(" / "),
  csv: (["p50", "p95", "p99"] as const).map((p) => ({ header: `${key}_${p}_ms`, value: ({ stats }: SummaryRow) => stats[key][p] })),
});

export const SUMMARY_COLUMNS: readonly SummaryColumn[] = [
  {
    key: "variant",
    label: "Variant",
    format: ({ name, stats }) => (stats.concurrency === null ? name : `${name} @${stats.concurrency}`),
    csv: [
      { header: "variant", value: ({ name }) => name },
      { header: "concurrency", value: ({ stats }) => stats.concurrency },
    ],
  },
  {
    key: "done",
    label: "Done",
    format: ({ stats }) => `${stats.done}/${stats.items}`,
    csv: [
      { header: "done", value: ({ stats }) => stats.done },
      { header: "items", value: ({ stats }) => stats.items },
    ],
  },
  {
    key: "pass_rate",
    label: "Pass rate (95 % CI)",
    hint: "Wilson 95 % interval over the finished items",
    format: ({ stats }) => formatRateWithInterval(stats.passRate, stats.passRateCi95, stats.finished),
    csv: [
      { header: "passed", value: ({ stats }) => stats.passed },
      { header: "finished", value: ({ stats }) => stats.finished },
      { header: "pass_rate", value: ({ stats }) => stats.passRate },
      { header: "pass_rate_ci_low", value: ({ stats }) => stats.passRateCi95?.[0] ?? null },
      { header: "pass_rate_ci_high", value: ({ stats }) => stats.passRateCi95?.[1] ?? null },
    ],
  },
  {
    key: "errors",
    label: "Errors",
    format: ({ stats }) => `${stats.errors} · ${formatRateWithInterval(stats.errorRate, stats.errorRateCi95)}`,
    csv: [
      { header: "errors", value: ({ stats }) => stats.errors },
      { header: "error_rate", value: ({ stats }) => stats.errorRate },
      { header: "error_rate_ci_low", value: ({ stats }) => stats.errorRateCi95?.[0] ?? null },
      { header: "error_rate_ci_high", value: ({ stats }) => stats.errorRateCi95?.[1] ?? null },
    ],
  },
  percentiles("ttft", "TTFT"),
  percentiles("total", "Total"),
  {
    key: "tokens",
    label: "Tokens in / out",
    format: ({ stats }) => `${formatCount(stats.inputTokens)} / ${formatCount(stats.outputTokens)}`,
    csv: [
      { header: "input_tokens", value: ({ stats }) => stats.inputTokens },
      { header: "output_tokens", value: ({ stats }) => stats.outputTokens },
    ],
  },
  {
    key: "throughput",
    label: "Items/s",
    hint: "Finished items per second between the first start and the last finish",
    format: ({ stats }) => formatPerSecond(stats.throughputPerSecond),
    csv: [{ header: "items_per_s", value: ({ stats }) => stats.throughputPerSecond }],
  },
  {
    key: "cost",
    label: "Cost",
    format: ({ stats }) => formatCost(stats.costUsd, stats.inputTokens + stats.outputTokens),
    csv: [{ header: "cost_usd", value: ({ stats }) => stats.costUsd }],
  },
  {
    key: "cost_per_useful_answer",
    label: "Cost per useful answer",
    hint: "All calls, retries and failures included, ÷ answers that passed",
    format: ({ stats }) => formatUsd(stats.costPerUsefulAnswerUsd),
    csv: [{ header: "cost_per_useful_answer_usd", value: ({ stats }) => stats.costPerUsefulAnswerUsd }],
  },
];

/** What the variants' answers cost in all (judging is apart), a decimal string in USD. */
export const answersCostUsd = (summary: { variants: ReadonlyArray<{ costUsd: string }> }): string => sumUsd(summary.variants.map((stats) => stats.costUsd));

/** The rows of a run's table: per variant, or per variant and concurrency level (load runs). */
export function summaryRows(run: { variants: ReadonlyArray<{ id: string; name: string }> }, summary: { variants: SummaryStats[]; levels: SummaryStats[] }, byLevel: boolean): SummaryRow[] {
  return (byLevel ? summary.levels : summary.variants).map((stats) => ({ name: run.variants.find((variant) => variant.id === stats.variantId)?.name ?? stats.variantId, stats }));
}

export const summaryCsvHeaders = (columns: readonly SummaryColumn[] = SUMMARY_COLUMNS) => columns.flatMap((column) => column.csv.map((cell) => cell.header));

/** The raw table for a spreadsheet: one line per row, the CSV cells of every column in order. */
export function summaryCsvRows(rows: SummaryRow[], columns: readonly SummaryColumn[] = SUMMARY_COLUMNS): unknown[][] {
  return [summaryCsvHeaders(columns), ...rows.map((row) => columns.flatMap((column) => column.csv.map((cell) => cell.value(row) ?? "")))];
}
