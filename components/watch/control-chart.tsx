"use client";

import { useRouter } from "next/navigation";
import { CartesianGrid, Line, LineChart, ReferenceArea, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { chartAxis, chartColors, chartGrid, chartTooltip } from "../charts/chart-theme";
import { formatValue, metricLabels } from "@/lib/watch/alert-text";
import type { DriftMetric } from "@/lib/watch/drift-tests";
import { controlChart } from "./prepare-control-chart";
import type { WatchHistoryData } from "./use-watches";


interface DotProps {
  cx?: number;
  cy?: number;
  payload?: { drift: boolean; runId: string | null; baseline: boolean };
}

/** One metric of one variant across the watch's runs: the baseline's band, drift points in red;
 * a point opens that run compared with the baseline. */
export function ControlChart({ runs, variantId, metric }: { runs: WatchHistoryData[]; variantId: string; metric: DriftMetric }) {
  const router = useRouter();
  const chart = controlChart(runs, variantId, metric);
  const open = (runId: string | null) => {
    if (!runId) return;
    router.push(chart.baselineRunId && chart.baselineRunId !== runId ? `/runs/${runId}/compare?against=${chart.baselineRunId}` : `/runs/${runId}`);
  };
  const Dot = ({ cx, cy, payload }: DotProps) => {
    if (cx === undefined || cy === undefined || !payload) return <g />;
    return (
      <circle
        cx={cx}
        cy={cy}
        r={payload.drift ? 6 : 4}
        fill={payload.drift ? chartColors.bad : payload.baseline ? chartColors.primary : chartColors.surface}
        stroke={payload.drift ? chartColors.bad : chartColors.primary}
        strokeWidth={2}
        className="cursor-pointer"
        data-testid={payload.drift ? "drift-point" : "chart-point"}
        onClick={() => open(payload.runId)}
      />
    );
  };
  return (
    <figure className="rounded-lg bg-card p-3 ring-1 ring-border" data-testid={`control-chart-${metric}`}>
      <figcaption className="mb-2 flex items-baseline justify-between text-sm">
        <span className="font-semibold">{metricLabels[metric]}</span>
        {chart.band && <span className="text-xs text-muted-foreground">baseline {formatValue(metric, chart.band.value)} (band: its 95 % interval)</span>}
      </figcaption>
      <div className="h-48">
        {chart.points.length === 0 ? (
          <p className="text-sm text-muted-foreground">Points appear when a run of this watch has finished.</p>
        ) : (
          <ResponsiveContainer width="100%" height="100%">
            <LineChart data={chart.points} margin={{ left: 8, right: 16, top: 8 }}>
              <CartesianGrid strokeDasharray="3 3" stroke={chartGrid} />
              <XAxis dataKey="label" tick={chartAxis} />
              <YAxis tick={chartAxis} width={72} tickFormatter={(value: number) => formatValue(metric, value)} domain={["auto", "auto"]} />
              {chart.band && <ReferenceArea y1={chart.band.low} y2={chart.band.high} fill={chartColors.primary} fillOpacity={0.12} stroke="none" ifOverflow="extendDomain" />}
              {chart.band?.value !== null && chart.band?.value !== undefined && <ReferenceLine y={chart.band.value} stroke={chartColors.primary} strokeDasharray="4 4" />}
              <Tooltip {...chartTooltip} formatter={(value) => (typeof value === "number" ? formatValue(metric, value) : "—")} />
              <Line dataKey="value" name={metricLabels[metric]} stroke={chartColors.primary} strokeWidth={2} isAnimationActive={false} connectNulls dot={Dot} activeDot={false} />
            </LineChart>
          </ResponsiveContainer>
        )}
      </div>
    </figure>
  );
}
