// Pure data shaping for a watch's control chart (STYLE rule 9): one metric of one variant over
// the watch's evaluated runs, the baseline's 95 % band, and which points drifted. Unit-tested;
// control-chart.tsx only renders.
import type { DriftMetric } from "@/lib/watch/drift-tests";

interface Figure {
  value: number | null;
  /** [low, high] (a plain array once it has been through JSON). */
  ci95: number[] | null;
}
interface EntryLike {
  id: string;
  runId: string | null;
  scheduledFor: string;
  isBaseline: boolean;
  metrics: { baselineRunId: string | null; variants: Record<string, { figures: Partial<Record<DriftMetric, Figure>>; baseline: Partial<Record<DriftMetric, Figure>> | null }> } | null;
  drift: Record<string, Array<{ metric: DriftMetric }>>;
}

export interface ControlPoint {
  watchRunId: string;
  runId: string | null;
  label: string;
  value: number | null;
  drift: boolean;
  baseline: boolean;
}

export interface ControlChart {
  points: ControlPoint[];
  /** The baseline run's own 95 % interval for the metric; null until there is one. */
  band: { low: number; high: number; value: number | null } | null;
  baselineRunId: string | null;
}

const label = (iso: string) => iso.slice(5, 16).replace("T", " ");

export function controlChart(entries: EntryLike[], variantId: string, metric: DriftMetric): ControlChart {
  const points: ControlPoint[] = [];
  let band: ControlChart["band"] = null;
  let baselineRunId: string | null = null;
  for (const entry of entries) {
    const variant = entry.metrics?.variants[variantId];
    if (!variant) continue;
    const figure = variant.figures[metric];
    points.push({ watchRunId: entry.id, runId: entry.runId, label: label(entry.scheduledFor), value: figure?.value ?? null, drift: (entry.drift[variantId] ?? []).some((found) => found.metric === metric), baseline: entry.isBaseline });
    // The band is the baseline's interval as the latest evaluation saw it (a pinned baseline may
    // predate the watch); the baseline run itself carries its own figures.
    const baselineFigure = entry.isBaseline ? figure : variant.baseline?.[metric];
    if (baselineFigure?.ci95?.length === 2) band = { low: baselineFigure.ci95[0]!, high: baselineFigure.ci95[1]!, value: baselineFigure.value };
    baselineRunId = entry.metrics?.baselineRunId ?? baselineRunId;
  }
  return { points, band, baselineRunId };
}
