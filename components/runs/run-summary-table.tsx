"use client";

import { formatRateWithInterval } from "@/lib/evidence/rate-format";
import { formatCost, formatUsd } from "@/lib/format/money";
import { formatMs } from "../compare/format";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "../ui/table";
import type { RunData, RunSummaryData } from "./use-runs";

type Stats = RunSummaryData["variants"][number];
const round = (value: number | null) => formatMs(value === null ? null : Math.round(value));

/** Per variant (or per variant and concurrency level): the numbers a decision rests on. */
export function RunSummaryTable({ run, summary, byLevel }: { run: RunData; summary: RunSummaryData; byLevel: boolean }) {
  const rows = byLevel ? summary.levels : summary.variants;
  const name = (stats: Stats) => run.variants.find((variant) => variant.id === stats.variantId)?.name ?? "?";
  const kinds = (stats: Stats) =>
    summary.errorKinds
      .filter((kind) => kind.variantId === stats.variantId)
      .map((kind) => `${kind.kind} ${kind.count}`)
      .join(", ");
  // Figures never wrap (a percentile triple split over three lines reads as three numbers); the
  // table scrolls sideways on its own when the screen is narrower.
  return (
    <Table className="text-right tabular-nums [&_td]:whitespace-nowrap [&_th]:text-right" data-testid={byLevel ? "level-summary" : "variant-summary"}>
      <TableHeader>
        <TableRow>
          <TableHead className="text-left!">{byLevel ? "Variant @ concurrency" : "Variant"}</TableHead>
          <TableHead>Done</TableHead>
          <TableHead title="Wilson 95 % interval over the finished items">Pass rate (95 % CI)</TableHead>
          <TableHead>Errors</TableHead>
          <TableHead>TTFT p50 / p95 / p99</TableHead>
          <TableHead>Total p50 / p95 / p99</TableHead>
          <TableHead>Tokens in / out</TableHead>
          {byLevel && <TableHead>Items/s</TableHead>}
          <TableHead>Cost</TableHead>
          <TableHead title="All calls, retries and failures included, ÷ answers that passed">Cost per useful answer</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((stats) => (
          <TableRow key={`${stats.variantId}@${stats.concurrency}`}>
            <TableCell className="min-w-36 text-left font-medium whitespace-normal!">
              {name(stats)}
              {stats.concurrency !== null && <span className="text-muted-foreground"> @{stats.concurrency}</span>}
            </TableCell>
            <TableCell>
              {stats.done}/{stats.items}
            </TableCell>
            <TableCell data-testid="pass-rate">{formatRateWithInterval(stats.passRate, stats.passRateCi95, stats.finished)}</TableCell>
            <TableCell title={kinds(stats)}>
              {stats.errors} <span className="text-xs text-muted-foreground">· {formatRateWithInterval(stats.errorRate, stats.errorRateCi95)}</span>
              {stats.errors > 0 && !byLevel && <div className="text-[11px] text-red-700 dark:text-red-300">{kinds(stats)}</div>}
            </TableCell>
            <TableCell>
              {round(stats.ttft.p50)} / {round(stats.ttft.p95)} / {round(stats.ttft.p99)}
            </TableCell>
            <TableCell>
              {round(stats.total.p50)} / {round(stats.total.p95)} / {round(stats.total.p99)}
            </TableCell>
            <TableCell>
              {stats.inputTokens.toLocaleString()} / {stats.outputTokens.toLocaleString()}
            </TableCell>
            {byLevel && <TableCell>{stats.throughputPerSecond === null ? "—" : stats.throughputPerSecond.toFixed(1)}</TableCell>}
            <TableCell>{formatCost(stats.costUsd, stats.inputTokens + stats.outputTokens)}</TableCell>
            <TableCell className="font-medium">{formatUsd(stats.costPerUsefulAnswerUsd)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

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
