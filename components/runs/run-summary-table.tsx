"use client";

import { SUMMARY_COLUMNS, summaryRows, type SummaryRow } from "@/lib/runs/summary-columns";
import { splitFigure } from "./summary-figure";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "../ui/table";
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
  // A figure never wraps inside itself (a percentile triple split anywhere reads as three
  // numbers); it breaks on purpose into a main figure and its detail underneath (summary-figure.ts),
  // and the headers wrap, so the whole table fits a laptop screen. It still scrolls sideways on
  // its own on a phone.
  return (
    <Table
      className="text-right tabular-nums [&_td]:px-2.5 [&_td]:whitespace-nowrap [&_th]:h-auto [&_th]:px-2.5 [&_th]:py-2 [&_th]:text-right [&_th]:align-bottom [&_th]:whitespace-normal"
      data-testid={byLevel ? "level-summary" : "variant-summary"}
    >
      <TableHeader>
        <TableRow>
          {SUMMARY_COLUMNS.map((column, index) => (
            <TableHead key={column.key} className={index === 0 ? "text-left!" : undefined} title={column.hint}>
              {column.key === "variant" && byLevel ? "Variant @ concurrency" : column.label}
            </TableHead>
          ))}
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={`${row.stats.variantId}@${row.stats.concurrency}`}>
            {SUMMARY_COLUMNS.map((column) => {
              const text = column.format(row);
              const [main, detail] = column.key === "variant" ? [text, null] : splitFigure(text);
              return (
                <TableCell
                  key={column.key}
                  className={CELL[column.key]}
                  data-testid={column.key === "pass_rate" ? "pass-rate" : undefined}
                  title={column.key === "errors" ? kinds(row) || text : detail ? text : undefined}
                >
                  {main}
                  {/* The space keeps the cell's text whole when read out or copied. */}
                  {detail && (
                    <>
                      {" "}
                      <span className="block text-xs text-muted-foreground">{detail}</span>
                    </>
                  )}
                  {column.key === "errors" && row.stats.errors > 0 && !byLevel && <div className="text-[11px] text-red-700 dark:text-red-300">{kinds(row)}</div>}
                </TableCell>
              );
            })}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

const CELL: Record<string, string> = {
  variant: "min-w-28 text-left font-medium break-words whitespace-normal!",
  cost_per_useful_answer: "font-medium",
};

export function BaselineSummary({ summary, baselineName }: { summary: RunSummaryData; baselineName: string }) {
  const baseline = summary.baseline;
  if (!baseline) return null;
  const cells = [
    { label: "matched", value: baseline.matched, tone: "text-foreground" },
    { label: "unchanged", value: baseline.unchanged, tone: "text-foreground/80" },
    { label: "changed text", value: baseline.changed, tone: "text-primary" },
    { label: "newly failing", value: baseline.newlyFailing, tone: "text-red-700 dark:text-red-300" },
    { label: "fixed", value: baseline.fixed, tone: "text-emerald-700 dark:text-emerald-300" },
  ];
  return (
    <section className="rounded-lg border border-border bg-card p-4" data-testid="baseline-summary">
      <h2 className="mb-2 text-sm font-semibold text-foreground">Against the baseline: {baselineName}</h2>
      <dl className="flex flex-wrap gap-6">
        {cells.map((cell) => (
          <div key={cell.label}>
            <dt className="text-xs text-muted-foreground">{cell.label}</dt>
            <dd className={`text-2xl font-semibold tabular-nums ${cell.tone}`}>{cell.value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
