"use client";

import Link from "next/link";
import { useState } from "react";
import { CartesianGrid, ErrorBar, ReferenceLine, ResponsiveContainer, Scatter, ScatterChart, Tooltip, XAxis, YAxis } from "recharts";
import { comparisonMetrics, type ComparisonMetric } from "@/lib/evidence/paired-comparison";
import { metricLabel } from "@/lib/evidence/sentences";
import { chartAxis, chartColors, chartGrid, chartTooltip } from "../charts/chart-theme";
import { forestDomain, forestRows } from "../charts/prepare-forest";
import { NativeSelect } from "../ui/native-select";
import { useRunComparisons, type RunComparisonsData } from "./use-runs";

// Pass rates are shown in points; everything else in its own unit.
const scaleOf = (metric: ComparisonMetric) => (metric === "pass_rate" ? 100 : 1);

/** "Is the difference real?": every pair's difference with n, interval and test, as sentences
 * and as a forest plot, for the metric chosen. */
export function RunComparisons({ runId, against, finished }: { runId: string; against?: string; finished: boolean }) {
  const comparisons = useRunComparisons(runId, against, finished);
  const [metric, setMetric] = useState<ComparisonMetric>("pass_rate");
  if (!finished) return null;
  if (comparisons.isPending) return <p className="text-sm text-muted-foreground">Comparing…</p>;
  if (comparisons.isError) return <p className="text-sm text-red-700 dark:text-red-300">{comparisons.error.message}</p>;
  const data = comparisons.data;
  if (data.comparisons.length === 0) return null;
  const available = comparisonMetrics.filter((candidate) => data.comparisons.some((comparison) => comparison.metric === candidate && comparison.n > 0));
  const shown = data.comparisons.filter((comparison) => comparison.metric === metric);
  return (
    <section className="space-y-3 rounded-lg bg-card p-4 ring-1 ring-border" data-testid="run-comparisons">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 className="text-sm font-semibold">
          Is the difference real?{" "}
          <span className="font-normal text-muted-foreground">
            — paired on the same cases{data.against ? <> · against <Link className="text-primary hover:underline" href={`/runs/${data.against.id}`}>{data.against.name ?? "the other run"}</Link></> : null}
          </span>
        </h2>
        <label className="flex items-center gap-2 text-xs text-muted-foreground">
          Metric
          <NativeSelect aria-label="Comparison metric" className="w-auto min-w-40" value={metric} onChange={(event) => setMetric(event.target.value as ComparisonMetric)}>
            {available.map((candidate) => (
              <option key={candidate} value={candidate}>
                {metricLabel(candidate)}
              </option>
            ))}
          </NativeSelect>
        </label>
      </div>
      <ul className="space-y-1 text-sm" data-testid="comparison-sentences">
        {shown.map((comparison) => (
          <li key={`${comparison.a}-${comparison.b}-${comparison.variantId}`} className={comparison.significant ? "font-medium text-foreground" : "text-muted-foreground"}>
            {comparison.significant ? "● " : "○ "}
            {comparison.sentence}
            {comparison.plan && (
              <span className="block pl-4 text-xs text-muted-foreground" data-testid="comparison-plan">
                {comparison.plan.sentence}
              </span>
            )}
          </li>
        ))}
      </ul>
      <ForestPlot comparisons={shown} metric={metric} />
      <p className="text-xs text-muted-foreground">
        Differences are B − A with 95 % intervals. Pass rates: exact McNemar test and Newcombe&apos;s paired interval, Holm-corrected across the pairs; other figures: a
        paired bootstrap (1,000 seeded resamples), called different only when the interval excludes 0. Fewer than 30 paired cases is a small sample. Where no
        pass-rate difference was found, the planner says how many paired cases would find one at 80 % power (Connor 1987, from the share of cases the two
        disagreed on), or &quot;effectively tied&quot; when that is more than ten times the cases here.
      </p>
    </section>
  );
}

function ForestPlot({ comparisons, metric }: { comparisons: RunComparisonsData["comparisons"]; metric: ComparisonMetric }) {
  const rows = forestRows(comparisons, scaleOf(metric));
  if (rows.length === 0) return null;
  const domain = forestDomain(rows);
  const unit = metric === "pass_rate" ? " points" : "";
  // Room for the longest "B − A" label on one line (about 6.5 px a character at the axis' 12 px),
  // so labels do not wrap into each other; at most a third of a phone-to-laptop width.
  const labelWidth = Math.min(340, Math.max(120, Math.ceil(Math.max(...rows.map((row) => row.label.length)) * 6.5) + 16));
  return (
    <figure data-testid="forest-plot" style={{ height: 48 + rows.length * 40 }}>
      <ResponsiveContainer width="100%" height="100%">
        <ScatterChart layout="vertical" margin={{ left: 8, right: 16, top: 8, bottom: 8 }}>
          <CartesianGrid strokeDasharray="3 3" stroke={chartGrid} />
          <XAxis type="number" dataKey="difference" domain={domain} ticks={[domain[0], domain[0] / 2, 0, domain[1] / 2, domain[1]]} tick={chartAxis} tickFormatter={(value: number) => `${Number(value.toPrecision(3))}${unit}`} />
          <YAxis type="category" dataKey="label" tick={chartAxis} width={labelWidth} />
          <ReferenceLine x={0} stroke={chartColors.muted} />
          <Tooltip {...chartTooltip} formatter={(value) => `${Number(Number(value).toPrecision(3))}${unit}`} />
          <Scatter data={rows} fill={chartColors.primary} isAnimationActive={false}>
            <ErrorBar dataKey="whisker" direction="x" width={6} stroke={chartColors.primary} />
          </Scatter>
        </ScatterChart>
      </ResponsiveContainer>
    </figure>
  );
}
