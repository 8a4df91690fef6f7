// What `juxta replay|load|runs show` print: a progress line and the final table. Pure.
import { formatRateWithInterval } from "../evidence/rate-format";
import type { RunSummary, VariantStats } from "../runs/summary";
import type { RunProgress, RunView } from "../runs/views";

const ms = (value: number | null) => (value === null ? "–" : `${Math.round(value)}`);
const usd = (value: number | null) => (value === null ? "–" : `$${value < 0.01 ? value.toFixed(6) : value.toFixed(4)}`);

export function formatDuration(seconds: number): string {
  if (seconds < 60) return `${Math.round(seconds)}s`;
  const minutes = Math.floor(seconds / 60);
  return minutes < 60 ? `${minutes}m${String(Math.round(seconds % 60)).padStart(2, "0")}s` : `${Math.floor(minutes / 60)}h${String(minutes % 60).padStart(2, "0")}m`;
}

export function progressLine(progress: RunProgress, width = 30): string {
  const share = progress.total > 0 ? progress.finished / progress.total : 0;
  const filled = Math.round(share * width);
  const bar = `${"█".repeat(filled)}${"░".repeat(width - filled)}`;
  const eta = progress.etaSeconds === null ? "" : ` · ETA ${formatDuration(progress.etaSeconds)}`;
  return `[${bar}] ${progress.finished}/${progress.total} ${Math.floor(share * 100)}% · ${progress.error} errors · ${progress.running} calling${progress.claimed > 0 ? ` · ${progress.claimed} queued` : ""}${eta}`;
}

export function table(header: string[], rows: string[][]): string {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: string[]) => cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join("  ");
  return [line(header), widths.map((width) => "─".repeat(width)).join("  "), ...rows.map(line)].join("\n");
}

export function summaryTable(run: Pick<RunView, "kind" | "variants">, summary: RunSummary): string {
  const name = (stats: VariantStats) => {
    const variant = run.variants.find((candidate) => candidate.id === stats.variantId)?.name ?? stats.variantId;
    return stats.concurrency === null ? variant : `${variant} @${stats.concurrency}`;
  };
  const rows = (run.kind === "load" ? summary.levels : summary.variants).map((stats) => [
    name(stats),
    `${stats.done}/${stats.items}`,
    String(stats.errors),
    formatRateWithInterval(stats.passRate, stats.passRateCi95, stats.finished),
    ms(stats.ttft.p50),
    ms(stats.total.p50),
    ms(stats.total.p95),
    ms(stats.total.p99),
    stats.throughputPerSecond === null ? "–" : stats.throughputPerSecond.toFixed(1),
    usd(stats.costUsd),
    usd(stats.costPerUsefulAnswerUsd),
  ]);
  return table(["variant", "done", "errors", "pass (95 % CI)", "ttft p50", "p50 ms", "p95 ms", "p99 ms", "items/s", "cost", "per useful"], rows);
}

/** The estimate made when the run started against what its calls cost; judging, when the run
 * was judged, apart and in the total (the budget covers both). */
export function costLine(run: Pick<RunView, "estimatedCostUsd" | "budgetUsd"> & Partial<Pick<RunView, "judgingCostUsd">>, summary: Pick<RunSummary, "variants">): string {
  const spent = summary.variants.reduce((sum, stats) => sum + stats.costUsd, 0);
  const judging = run.judgingCostUsd ?? 0;
  const judged = judging > 0 ? ` · ${usd(judging)} judging · ${usd(spent + judging)} in total` : "";
  return `estimated ${usd(run.estimatedCostUsd)} · spent ${usd(spent)}${judged}${run.budgetUsd === null ? "" : ` of a ${usd(run.budgetUsd)} budget`}`;
}

export function baselineLine(summary: RunSummary): string | null {
  const baseline = summary.baseline;
  if (!baseline) return null;
  return `vs baseline ${baseline.baselineRunId}: ${baseline.matched} matched · ${baseline.changed} changed · ${baseline.unchanged} unchanged · ${baseline.newlyFailing} newly failing · ${baseline.fixed} fixed`;
}
