"use client";

import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { chartAxis, chartColors, chartGrid, chartLegend, chartTooltip } from "./chart-theme";
import { formatMs } from "@/lib/format/figures";
import { formatUsd } from "@/lib/format/money";
import type { RunData, RunSummaryData } from "../runs/use-runs";
import { costByVariant, latencyHistogram, percentilesByConcurrency } from "./prepare-run-charts";


function Panel({ title, children, testId }: { title: string; children: React.ReactNode; testId: string }) {
  return (
    <figure className="rounded-lg bg-card p-3 ring-1 ring-border" data-testid={testId}>
      <figcaption className="mb-2 text-sm font-semibold">{title}</figcaption>
      <div className="h-60">{children}</div>
    </figure>
  );
}

export function RunCharts({ run, summary }: { run: RunData; summary: RunSummaryData }) {
  const histogram = latencyHistogram(summary, run.variants);
  const levels = percentilesByConcurrency(summary);
  const costs = costByVariant(summary, run.variants);
  if (histogram.rows.length === 0) return <p className="text-sm text-muted-foreground">Charts appear when the first answers are in.</p>;
  return (
    <div className="grid gap-4 lg:grid-cols-2" data-testid="run-charts">
      <Panel title="Total latency: how many answers took how long" testId="chart-histogram">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={histogram.rows} margin={{ left: 8, right: 8, top: 4 }}>
            <CartesianGrid strokeDasharray="3 3" stroke={chartGrid} />
            <XAxis dataKey="bucket" tick={chartAxis} interval="preserveStartEnd" />
            <YAxis tick={chartAxis} allowDecimals={false} width={40} />
            <Tooltip {...chartTooltip} />
            <Legend {...chartLegend} />
            {histogram.series.map((series) => (
              <Bar key={series.key} dataKey={series.key} name={series.name} fill={series.color} isAnimationActive={false} />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </Panel>
      {run.kind === "load" && levels.length > 0 && (
        <Panel title="Latency percentiles vs concurrency" testId="chart-percentiles">
          <ResponsiveContainer width="100%" height="100%">
            <LineChart data={levels} margin={{ left: 8, right: 8, top: 4 }}>
              <CartesianGrid strokeDasharray="3 3" stroke={chartGrid} />
              <XAxis dataKey="concurrency" tick={chartAxis} label={{ value: "concurrency", fontSize: 11, fill: chartColors.muted, position: "insideBottomRight", offset: -2 }} />
              <YAxis tick={chartAxis} tickFormatter={(value: number) => formatMs(Math.round(value))} width={64} />
              <Tooltip {...chartTooltip} formatter={(value) => (typeof value === "number" ? formatMs(Math.round(value)) : "—")} />
              <Legend {...chartLegend} />
              <Line dataKey="p50" stroke={chartColors.good} strokeWidth={2} isAnimationActive={false} connectNulls={false} />
              <Line dataKey="p95" stroke={chartColors.warn} strokeWidth={2} isAnimationActive={false} connectNulls={false} />
              <Line dataKey="p99" stroke={chartColors.bad} strokeWidth={2} isAnimationActive={false} connectNulls={false} />
            </LineChart>
          </ResponsiveContainer>
        </Panel>
      )}
      <Panel title="Cost per variant (all calls) and per useful answer" testId="chart-cost">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={costs} margin={{ left: 8, right: 8, top: 4 }}>
            <CartesianGrid strokeDasharray="3 3" stroke={chartGrid} />
            <XAxis dataKey="name" tick={chartAxis} />
            <YAxis tick={chartAxis} tickFormatter={(value: number) => formatUsd(value)} width={72} />
            <Tooltip {...chartTooltip} formatter={(value) => (typeof value === "number" ? formatUsd(value) : "—")} />
            <Legend {...chartLegend} />
            <Bar dataKey="costUsd" name="total cost" fill={chartColors.soft} isAnimationActive={false} />
            <Bar dataKey="perUsefulUsd" name="per useful answer" fill={chartColors.primary} isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </Panel>
    </div>
  );
}
