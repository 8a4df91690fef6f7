"use client";

import { SUMMARY_COLUMNS, summaryRows, type SummaryRow } from "@/lib/runs/summary-columns";
import type { RunData, RunSummaryData } from "./use-runs";

/** Per variant (or per variant and concurrency level): the numbers a decision rests on, in the
 * columns the CLI and the summary CSV share (lib/runs/summary-columns.ts). */
export function RunSummaryTable({ run, summary, byLevel }: { run: RunData; summary: RunSummaryData; byLevel: boolean }) {
  const rows = summaryRows(run, summary, byLevel);
  const kinds = ({ stats }: SummaryRow) =>
    summary.errorKinds
      .filter((kind) => kind.variantId === stats.variantId)
      .map((kind) => `${kind.kind} ${kind.count}`)
      .join(", ");
  return (
    <div className="overflow-x-auto rounded-lg bg-white ring-1 ring-zinc-200">
      <table className="w-full text-right text-sm tabular-nums" data-testid={byLevel ? "level-summary" : "variant-summary"}>
        <thead className="bg-zinc-50 text-xs text-zinc-500">
          <tr>
            {SUMMARY_COLUMNS.map((column, index) => (
              <th key={column.key} className={index === 0 ? "px-3 py-2 text-left" : "px-3 py-2"} title={column.hint}>
                {column.key === "variant" && byLevel ? "Variant @ concurrency" : column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-zinc-100">
          {rows.map((row) => (
            <tr key={`${row.stats.variantId}@${row.stats.concurrency}`}>
              {SUMMARY_COLUMNS.map((column) => (
                <td key={column.key} className={CELL[column.key] ?? "px-3 py-2"} data-testid={column.key === "pass_rate" ? "pass-rate" : undefined} title={column.key === "errors" ? kinds(row) : undefined}>
                  {column.format(row)}
                  {column.key === "errors" && row.stats.errors > 0 && !byLevel && <div className="text-[11px] text-red-700">{kinds(row)}</div>}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

const CELL: Record<string, string> = {
  variant: "px-3 py-2 text-left font-medium",
  pass_rate: "whitespace-nowrap px-3 py-2",
  errors: "whitespace-nowrap px-3 py-2",
  cost_per_useful_answer: "px-3 py-2 font-medium",
};

export function BaselineSummary({ summary, baselineName }: { summary: RunSummaryData; baselineName: string }) {
  const baseline = summary.baseline;
  if (!baseline) return null;
  const cells = [
    { label: "matched", value: baseline.matched, tone: "text-zinc-900" },
    { label: "unchanged", value: baseline.unchanged, tone: "text-zinc-700" },
    { label: "changed text", value: baseline.changed, tone: "text-indigo-700" },
    { label: "newly failing", value: baseline.newlyFailing, tone: "text-red-700" },
    { label: "fixed", value: baseline.fixed, tone: "text-emerald-700" },
  ];
  return (
    <section className="rounded-lg bg-white p-4 ring-1 ring-zinc-200" data-testid="baseline-summary">
      <h2 className="mb-2 text-sm font-semibold">Against the baseline: {baselineName}</h2>
      <dl className="flex flex-wrap gap-6">
        {cells.map((cell) => (
          <div key={cell.label}>
            <dt className="text-xs text-zinc-500">{cell.label}</dt>
            <dd className={`text-2xl font-semibold tabular-nums ${cell.tone}`}>{cell.value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
