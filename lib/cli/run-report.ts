// What `juxta replay|load|runs show` print: a progress line and the final table. Pure.
import { formatUsd, sumUsd } from "../format/money";
import type { RunJson, RunSummaryJson } from "../api-client/runs";
import { answersCostUsd, SUMMARY_COLUMNS, summaryRows } from "../runs/summary-columns";

export function formatDuration(seconds: number): string {
  if (seconds < 60) return `${Math.round(seconds)}s`;
  const minutes = Math.floor(seconds / 60);
  return minutes < 60 ? `${minutes}m${String(Math.round(seconds % 60)).padStart(2, "0")}s` : `${Math.floor(minutes / 60)}h${String(minutes % 60).padStart(2, "0")}m`;
}

export function progressLine(progress: RunJson["progress"], width = 30): string {
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

/** The run page's summary table as text: the same columns (lib/runs/summary-columns.ts). */
export function summaryTable(run: Pick<RunJson, "kind" | "variants">, summary: RunSummaryJson): string {
  const rows = summaryRows(run, summary, run.kind === "load");
  return table(
    SUMMARY_COLUMNS.map((column) => column.label),
    rows.map((row) => SUMMARY_COLUMNS.map((column) => column.format(row))),
  );
}

/** The estimate made when the run started against what its calls cost; judging, when the run
 * was judged, apart and in the total (the budget covers both). */
export function costLine(run: Pick<RunJson, "estimatedCostUsd" | "budgetUsd"> & Partial<Pick<RunJson, "judgingCostUsd">>, summary: { variants: ReadonlyArray<{ costUsd: string }> }): string {
  const spent = answersCostUsd(summary);
  const judging = run.judgingCostUsd ?? "0";
  const judged = Number(judging) > 0 ? ` · ${formatUsd(judging)} judging · ${formatUsd(sumUsd([spent, judging]))} in total` : "";
  return `estimated ${formatUsd(run.estimatedCostUsd)} · spent ${formatUsd(spent)}${judged}${run.budgetUsd === null ? "" : ` of a ${formatUsd(run.budgetUsd)} budget`}`;
}

export function baselineLine(summary: RunSummaryJson): string | null {
  const baseline = summary.baseline;
  if (!baseline) return null;
  return `vs baseline ${baseline.baselineRunId}: ${baseline.matched} matched · ${baseline.changed} changed · ${baseline.unchanged} unchanged · ${baseline.newlyFailing} newly failing · ${baseline.fixed} fixed`;
}
