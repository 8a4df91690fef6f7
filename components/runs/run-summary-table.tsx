"use client";

import { formatRateWithInterval } from "@/lib/evidence/rate-format";
import { formatCost, formatUsd } from "@/lib/format/money";
import { formatMs } from "../compare/format";
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
  return (
    <div className="overflow-x-auto rounded-lg bg-white ring-1 ring-zinc-200">
      <table className="w-full text-right text-sm tabular-nums" data-testid={byLevel ? "level-summary" : "variant-summary"}>
        <thead className="bg-zinc-50 text-xs text-zinc-500">
          <tr>
            <th className="px-3 py-2 text-left">{byLevel ? "Variant @ concurrency" : "Variant"}</th>
            <th className="px-3 py-2">Done</th>
            <th className="px-3 py-2" title="Wilson 95 % interval over the finished items">
              Pass rate (95 % CI)
            </th>
            <th className="px-3 py-2">Errors</th>
            <th className="px-3 py-2">TTFT p50 / p95 / p99</th>
            <th className="px-3 py-2">Total p50 / p95 / p99</th>
            <th className="px-3 py-2">Tokens in / out</th>
            {byLevel && <th className="px-3 py-2">Items/s</th>}
            <th className="px-3 py-2">Cost</th>
            <th className="px-3 py-2" title="All calls, retries and failures included, ÷ answers that passed">
              Cost per useful answer
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-zinc-100">
          {rows.map((stats) => (
            <tr key={`${stats.variantId}@${stats.concurrency}`}>
              <td className="px-3 py-2 text-left font-medium">
                {name(stats)}
                {stats.concurrency !== null && <span className="text-zinc-500"> @{stats.concurrency}</span>}
              </td>
              <td className="px-3 py-2">
                {stats.done}/{stats.items}
              </td>
              <td className="whitespace-nowrap px-3 py-2" data-testid="pass-rate">
                {formatRateWithInterval(stats.passRate, stats.passRateCi95, stats.finished)}
              </td>
              <td className="px-3 py-2" title={kinds(stats)}>
                {stats.errors} <span className="whitespace-nowrap text-xs text-zinc-500">· {formatRateWithInterval(stats.errorRate, stats.errorRateCi95)}</span>
                {stats.errors > 0 && !byLevel && <div className="text-[11px] text-red-700">{kinds(stats)}</div>}
              </td>
              <td className="px-3 py-2">
                {round(stats.ttft.p50)} / {round(stats.ttft.p95)} / {round(stats.ttft.p99)}
              </td>
              <td className="px-3 py-2">
                {round(stats.total.p50)} / {round(stats.total.p95)} / {round(stats.total.p99)}
              </td>
              <td className="px-3 py-2">
                {stats.inputTokens.toLocaleString()} / {stats.outputTokens.toLocaleString()}
              </td>
              {byLevel && <td className="px-3 py-2">{stats.throughputPerSecond === null ? "—" : stats.throughputPerSecond.toFixed(1)}</td>}
              <td className="px-3 py-2">{formatCost(stats.costUsd, stats.inputTokens + stats.outputTokens)}</td>
              <td className="px-3 py-2 font-medium">{formatUsd(stats.costPerUsefulAnswerUsd)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

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
