"use client";

import { CartesianGrid, ErrorBar, LabelList, ResponsiveContainer, Scatter, ScatterChart, Tooltip, XAxis, YAxis } from "recharts";
import { formatFigure } from "@/lib/decide/scorecard-export";
import { chartAxis, chartColors, chartGrid } from "../charts/chart-theme";
import { Card } from "../ui/card";
import type { ScorecardData } from "./use-scorecard";

type FrontierPlot = ScorecardData["frontiers"][number];
type FrontierPoint = FrontierPlot["points"][number];

const titles: Record<FrontierPlot["axis"], { title: string; x: string; unit: "usd" | "ms" }> = {
  cost_per_useful_answer_usd: { title: "Quality against cost per useful answer", x: "cost per useful answer", unit: "usd" },
  total_ms_p95: { title: "Quality against p95 total latency", x: "p95 total latency", unit: "ms" },
};

function PointTooltip({ active, payload, unit }: { active?: boolean; payload?: Array<{ payload: FrontierPoint }>; unit: "usd" | "ms" }) {
  const point = payload?.[0]?.payload;
  if (!active || !point) return null;
  const range = (ci: number[] | null, format: (value: number) => string) => (ci && ci.length === 2 ? ` (${format(ci[0]!)}–${format(ci[1]!)})` : "");
  return (
    <div className="rounded-md border border-border bg-popover px-2.5 py-1.5 text-xs text-popover-foreground shadow-md">
      <p className="font-medium">
        {point.name}
        {point.onFrontier ? " · on the frontier" : ""}
      </p>
      <p>pass rate {formatFigure("share", point.y) + range(point.yCi95, (value) => formatFigure("share", value))}</p>
      <p>{formatFigure(unit, point.x) + range(point.xCi95, (value) => formatFigure(unit, value))}</p>
    </div>
  );
}

/** One point per variant with 95 % whiskers on both axes; the Pareto-optimal ones in the primary
 * chart colour, labelled and joined, the others muted. Up and to the left is better. Colours come
 * from the theme's chart tokens (chart-theme.ts), so the chart reads in light and dark. */
export function FrontierChart({ plot }: { plot: FrontierPlot }) {
  const { title, x, unit } = titles[plot.axis];
  const frontier = plot.points.filter((point) => point.onFrontier).sort((a, b) => a.x - b.x);
  const others = plot.points.filter((point) => !point.onFrontier);
  return (
    <Card className="p-4" data-testid={`frontier-${plot.axis}`}>
      <figure>
        <figcaption className="mb-2 text-sm font-semibold">
          {title} <span className="font-normal text-muted-foreground">— up and to the left is better</span>
        </figcaption>
        {plot.points.length === 0 ? (
          <p className="text-sm text-muted-foreground">No variant has both figures yet.</p>
        ) : (
          <div className="h-72">
            <ResponsiveContainer width="100%" height="100%">
              <ScatterChart margin={{ left: 8, right: 24, top: 16, bottom: 16 }}>
                <CartesianGrid strokeDasharray="3 3" stroke={chartGrid} />
                <XAxis type="number" dataKey="x" name={x} tick={chartAxis} domain={[0, "auto"]} tickFormatter={(value: number) => formatFigure(unit, value)} label={{ value: `${x} (lower is better)`, fontSize: 11, fill: chartColors.muted, position: "insideBottom", offset: -10 }} />
                <YAxis type="number" dataKey="y" name="pass rate" tick={chartAxis} domain={[0, 1]} tickFormatter={(value: number) => formatFigure("share", value)} width={56} />
                <Tooltip content={<PointTooltip unit={unit} />} />
                <Scatter name="other variants" data={others} fill={chartColors.muted} isAnimationActive={false}>
                  <ErrorBar dataKey="xError" direction="x" width={4} stroke={chartColors.muted} isAnimationActive={false} />
                  <ErrorBar dataKey="yError" direction="y" width={4} stroke={chartColors.muted} isAnimationActive={false} />
                  <LabelList dataKey="name" position="top" fontSize={11} fill="var(--muted-foreground)" />
                </Scatter>
                <Scatter name="Pareto-optimal" data={frontier} fill={chartColors.primary} line={{ stroke: chartColors.primary, strokeDasharray: "4 3" }} isAnimationActive={false}>
                  <ErrorBar dataKey="xError" direction="x" width={4} stroke={chartColors.primary} isAnimationActive={false} />
                  <ErrorBar dataKey="yError" direction="y" width={4} stroke={chartColors.primary} isAnimationActive={false} />
                  <LabelList dataKey="name" position="top" fontSize={11} fontWeight={600} fill="var(--foreground)" />
                </Scatter>
              </ScatterChart>
            </ResponsiveContainer>
          </div>
        )}
        <p className="mt-1 text-xs text-muted-foreground" data-testid="frontier-optimal">
          Pareto-optimal: {frontier.map((point) => point.name).join(", ") || "none"}
          {plot.leftOut.length > 0 && <span> · not shown: {plot.leftOut.join("; ")}</span>}
        </p>
      </figure>
    </Card>
  );
}
