"use client";

import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { chartAxis, chartColors, chartGrid, chartLegend, chartTooltip } from "./chart-theme";
import { formatMs } from "@/lib/format/figures";
import { formatUsd } from "@/lib/format/money";
import { cumulativeCostByTurn, latencyByTurn, seriesOf, totalsByColumn } from "./prepare-session-charts";
import type { SessionData } from "../sessions/use-sessions";

function Panel({ title, children, testId }: { title: string; children: React.ReactNode; testId: string }) {
  return (
    <figure className="rounded-lg bg-card p-3 ring-1 ring-border" data-testid={testId}>
      <figcaption className="mb-2 text-sm font-semibold">{title}</figcaption>
      <div className="h-56">{children}</div>
    </figure>
  );
}

export function SessionCharts({ session }: { session: SessionData }) {
  const series = seriesOf(session);
    const lineChart = (data: ReturnType<typeof latencyByTurn>, format: (value: number) => string) => (
    <ResponsiveContainer width="100%" height="100%">
      <LineChart data={data} margin={{ left: 8, right: 8, top: 4 }}>
        <CartesianGrid strokeDasharray="3 3" stroke={chartGrid} />
        <XAxis dataKey="turn" tick={chartAxis} />
        <YAxis tick={chartAxis} tickFormatter={format} width={64} />
        <Tooltip {...chartTooltip} formatter={(value) => (typeof value === "number" ? format(value) : "—")} />
        <Legend {...chartLegend} />
        {series.map((item) => (
          <Line key={item.key} dataKey={item.key} name={item.name} stroke={item.color} strokeWidth={2} dot={{ r: 3 }} isAnimationActive={false} connectNulls={false} />
        ))}
      </LineChart>
    </ResponsiveContainer>
  );
  const totals = totalsByColumn(session);

  if (session.turns.length === 0) return <p className="text-sm text-muted-foreground">Charts appear after the first turn.</p>;
  if (session.blind && !session.revealed)
    return <p className="text-sm text-muted-foreground" data-testid="blind-metrics-hidden">Timings, tokens and cost are hidden until names are revealed: they would tell the models apart.</p>;
  return (
    <div className="grid gap-4 lg:grid-cols-2" data-testid="session-charts">
      <Panel title="Time to first token per turn" testId="chart-ttft">
        {lineChart(latencyByTurn(session, "ttftMs"), (value) => formatMs(value))}
      </Panel>
      <Panel title="Total latency per turn" testId="chart-total">
        {lineChart(latencyByTurn(session, "totalMs"), (value) => formatMs(value))}
      </Panel>
      <Panel title="Tokens per variant (input and output)" testId="chart-tokens">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={totals} margin={{ left: 8, right: 8, top: 4 }}>
            <CartesianGrid strokeDasharray="3 3" stroke={chartGrid} />
            <XAxis dataKey="key" tick={chartAxis} />
            <YAxis tick={chartAxis} width={48} />
            <Tooltip {...chartTooltip} labelFormatter={(label) => totals.find((item) => item.key === label)?.name ?? String(label)} />
            <Legend {...chartLegend} />
            <Bar dataKey="inputTokens" name="input tokens" fill={chartColors.soft} isAnimationActive={false} />
            <Bar dataKey="outputTokens" name="output tokens" fill={chartColors.primary} isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </Panel>
      <Panel title="Cumulative cost per variant" testId="chart-cost">
        {lineChart(cumulativeCostByTurn(session), (value) => formatUsd(value))}
      </Panel>
    </div>
  );
}
