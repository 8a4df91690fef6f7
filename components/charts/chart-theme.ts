// What every Recharts chart shares so it reads in both themes: axis, grid and tooltip take their
// colours from CSS variables (app/globals.css) instead of fixed hex values.
import type { CSSProperties } from "react";

export const chartAxis = { fontSize: 11, stroke: "var(--chart-axis)" };
export const chartGrid = "var(--chart-grid)";

/** Named colours beyond the per-variant palette: the primary series, its soft companion (input
 * beside output tokens), and good / warning / bad (p50, p95, p99; drift). */
export const chartColors = {
  primary: "var(--chart-1)",
  soft: "var(--chart-soft)",
  good: "var(--chart-good)",
  warn: "var(--chart-warn)",
  bad: "var(--chart-bad)",
  muted: "var(--chart-axis)",
  surface: "var(--card)",
} as const;

/** Props for <Tooltip>: a popover-coloured box instead of Recharts' fixed white one. */
export const chartTooltip: { contentStyle: CSSProperties; labelStyle: CSSProperties; itemStyle: CSSProperties; cursor: { fill: string } } = {
  contentStyle: { background: "var(--popover)", border: "1px solid var(--border)", borderRadius: 6, color: "var(--popover-foreground)", fontSize: 12 },
  labelStyle: { color: "var(--popover-foreground)", fontWeight: 600 },
  itemStyle: { padding: 0 },
  cursor: { fill: "var(--muted)" },
};

export const chartLegend = { wrapperStyle: { fontSize: 11, color: "var(--muted-foreground)" } };
