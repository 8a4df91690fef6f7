"use client";

import { BellRing, Pause, Play, PlayCircle } from "lucide-react";
import Link from "next/link";
import { useState } from "react";
import { Badge } from "@/components/ui/badge";
import { NativeSelect } from "@/components/ui/native-select";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { describeChange, metricLabels } from "@/lib/watch/alert-text";
import { driftMetrics, type DriftMetric } from "@/lib/watch/drift-tests";
import { toast } from "@/components/ui/sonner";
import { Button } from "@/components/ui/button";
import { ControlChart } from "./control-chart";
import { useRunWatchNow, useSetPaused, useTestNotification, useWatch, type WatchHistoryData } from "./use-watches";

/** The metrics charted by default; the others are one click away. */
const SHOWN: DriftMetric[] = ["pass_rate", "total_ms_p95", "ttft_ms_p95", "cost_per_useful_answer_usd", "output_tokens", "changed_share"];

export function WatchDetail({ id, canEdit }: { id: string; canEdit: boolean }) {
  const query = useWatch(id);
  const runNow = useRunWatchNow(id);
  const testNotification = useTestNotification(id);
  const setPaused = useSetPaused(id);
  const [variantId, setVariantId] = useState<string | null>(null);
  const [metrics, setMetrics] = useState<DriftMetric[]>(SHOWN);
  if (query.isPending) return <p className="text-sm text-muted-foreground">Loading…</p>;
  if (query.isError) return <p className="text-sm text-red-700 dark:text-red-300">{query.error.message}</p>;
  const { watch, runs } = query.data;
  const selected = variantId ?? watch.variants[0]?.id ?? "";
  return (
    <div className="space-y-6" data-testid="watch-detail">
      <div className="flex flex-col gap-3 lg:flex-row lg:items-start lg:justify-between">
        <div className="min-w-0">
          <h1 className="text-xl font-semibold tracking-tight text-foreground sm:text-2xl">{watch.name}</h1>
          <p className="mt-1 text-sm text-muted-foreground">
            {watch.prompt} over {watch.dataset} · {watch.repetitions}× · <code>{watch.cron}</code> ({watch.timeZone}) ·{" "}
            {watch.paused ? "paused" : `next run ${new Date(watch.nextRunAt!).toLocaleString()}`}
            {watch.baselineRunId ? (
              <>
                {" "}· baseline <Link className="text-primary hover:underline" href={`/runs/${watch.baselineRunId}`}>run {watch.baselineRunId.slice(0, 8)}</Link>
              </>
            ) : (
              " · the first run becomes the baseline"
            )}
          </p>
          {watch.webhooks.length > 0 && <p className="mt-1 text-xs break-all text-muted-foreground">Alerts to {watch.webhooks.map((webhook) => `${webhook.url} (secret ${webhook.secretDisplay})`).join(", ")}</p>}
        </div>
        {canEdit && (
          <div className="flex flex-wrap gap-2 lg:shrink-0 lg:justify-end">
            <Button onClick={() => runNow.mutate(undefined, { onSuccess: () => toast.success("Run started: drift is checked when it finishes.") })} loading={runNow.isPending}>
              {!runNow.isPending && <PlayCircle aria-hidden />}
              Run now
            </Button>
            <Button variant="outline" disabled={watch.webhooks.length === 0 || testNotification.isPending} onClick={() => testNotification.mutate(undefined, { onSuccess: ({ webhooks }) => toast.success(`Test notification queued for ${webhooks} webhook${webhooks === 1 ? "" : "s"}.`) })}>
              <BellRing aria-hidden />
              Send a test notification
            </Button>
            <Button variant="outline" onClick={() => setPaused.mutate(!watch.paused)}>
              {watch.paused ? <Play aria-hidden /> : <Pause aria-hidden />}
              {watch.paused ? "Resume" : "Pause"}
            </Button>
          </div>
        )}
      </div>

      <section>
        <div className="mb-3 flex flex-wrap items-center gap-3 text-sm">
          <h2 className="font-semibold">Control charts</h2>
          <NativeSelect aria-label="Variant" className="w-56" value={selected} onChange={(event) => setVariantId(event.target.value)}>
            {watch.variants.map((variant) => (
              <option key={variant.id} value={variant.id}>
                {variant.name ?? variant.id}
              </option>
            ))}
          </NativeSelect>
          {driftMetrics.map((metric) => (
            <label key={metric} className="flex items-center gap-1 text-xs text-muted-foreground">
              <input type="checkbox" className="accent-primary" checked={metrics.includes(metric)} onChange={(event) => setMetrics(event.target.checked ? [...metrics, metric] : metrics.filter((entry) => entry !== metric))} />
              {metricLabels[metric]}
            </label>
          ))}
        </div>
        <div className="grid gap-4 lg:grid-cols-2">
          {driftMetrics.filter((metric) => metrics.includes(metric)).map((metric) => (
            <ControlChart key={metric} runs={runs} variantId={selected} metric={metric} />
          ))}
        </div>
      </section>

      <RunsTable runs={runs} variantId={selected} />
    </div>
  );
}

function RunsTable({ runs, variantId }: { runs: WatchHistoryData[]; variantId: string }) {
  if (runs.length === 0) return <p className="text-sm text-muted-foreground">No runs yet: the first starts at the next slot, or now with “Run now”.</p>;
  return (
    <section>
      <h2 className="mb-2 text-sm font-semibold">Runs</h2>
      <Table className="min-w-[40rem]" data-testid="watch-runs">
        <TableHeader>
          <TableRow>
            <TableHead>When</TableHead>
            <TableHead>Run</TableHead>
            <TableHead>Drift against the baseline</TableHead>
            <TableHead>Provider reported</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {[...runs].reverse().map((run) => (
            <TableRow key={run.id} data-testid="watch-run-row">
              <TableCell className="whitespace-nowrap tabular-nums">
                {new Date(run.scheduledFor).toLocaleString()} <span className="text-xs text-muted-foreground">{run.trigger === "manual" ? "manual" : ""}</span>
              </TableCell>
              <TableCell>
                {run.runId ? (
                  <Link className="text-primary hover:underline" href={`/runs/${run.runId}`}>
                    {run.status}
                  </Link>
                ) : (
                  <span className="text-red-700 dark:text-red-300">{run.error ?? "starting"}</span>
                )}
                {run.isBaseline && (
                  <Badge variant="default" className="ml-2">
                    baseline
                  </Badge>
                )}
              </TableCell>
              <TableCell>
                {!run.evaluated ? (
                  <span className="text-muted-foreground">{run.runId ? "checked when the run finishes" : "–"}</span>
                ) : (run.drift[variantId] ?? []).length === 0 ? (
                  <span className="text-emerald-700 dark:text-emerald-300">none</span>
                ) : (
                  <ul className="text-red-800 dark:text-red-300" data-testid="drift-list">
                    {(run.drift[variantId] ?? []).map((finding) => (
                      <li key={finding.metric}>{describeChange({ ...finding, ci95: finding.ci95 as [number, number] | null })}</li>
                    ))}
                  </ul>
                )}
              </TableCell>
              <TableCell className="text-xs text-muted-foreground">{run.metrics?.variants[variantId]?.reported.join(", ") || "–"}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </section>
  );
}
