"use client";

import Link from "next/link";
import { useState } from "react";
import { describeChange, metricLabels } from "@/lib/watch/alert-text";
import { driftMetrics, type DriftMetric } from "@/lib/watch/drift-tests";
import { toast } from "@/components/ui/sonner";
import { Button } from "../ui/button";
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
  if (query.isPending) return <p className="text-sm text-zinc-500">Loading…</p>;
  if (query.isError) return <p className="text-sm text-red-700">{query.error.message}</p>;
  const { watch, runs } = query.data;
  const selected = variantId ?? watch.variants[0]?.id ?? "";
  return (
    <div className="space-y-6" data-testid="watch-detail">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <h1 className="text-xl font-semibold text-zinc-900">{watch.name}</h1>
          <p className="mt-1 text-sm text-zinc-600">
            {watch.prompt} over {watch.dataset} · {watch.repetitions}× · <code>{watch.cron}</code> ({watch.timeZone}) ·{" "}
            {watch.paused ? "paused" : `next run ${new Date(watch.nextRunAt!).toLocaleString()}`}
            {watch.baselineRunId ? (
              <>
                {" "}· baseline <Link className="text-indigo-700 hover:underline" href={`/runs/${watch.baselineRunId}`}>run {watch.baselineRunId.slice(0, 8)}</Link>
              </>
            ) : (
              " · the first run becomes the baseline"
            )}
          </p>
          {watch.webhooks.length > 0 && <p className="mt-1 text-xs text-zinc-500">Alerts to {watch.webhooks.map((webhook) => `${webhook.url} (secret ${webhook.secretDisplay})`).join(", ")}</p>}
        </div>
        {canEdit && (
          <div className="flex gap-2">
            <Button onClick={() => runNow.mutate(undefined, { onSuccess: () => toast.success("Run started: drift is checked when it finishes.") })} disabled={runNow.isPending}>
              Run now
            </Button>
            <Button variant="secondary" disabled={watch.webhooks.length === 0 || testNotification.isPending} onClick={() => testNotification.mutate(undefined, { onSuccess: ({ webhooks }) => toast.success(`Test notification queued for ${webhooks} webhook${webhooks === 1 ? "" : "s"}.`) })}>
              Send a test notification
            </Button>
            <Button variant="secondary" onClick={() => setPaused.mutate(!watch.paused)}>
              {watch.paused ? "Resume" : "Pause"}
            </Button>
          </div>
        )}
      </div>

      <section>
        <div className="mb-3 flex flex-wrap items-center gap-3 text-sm">
          <h2 className="font-semibold">Control charts</h2>
          <select aria-label="Variant" className="rounded-md px-2 py-1 ring-1 ring-zinc-300" value={selected} onChange={(event) => setVariantId(event.target.value)}>
            {watch.variants.map((variant) => (
              <option key={variant.id} value={variant.id}>
                {variant.name ?? variant.id}
              </option>
            ))}
          </select>
          {driftMetrics.map((metric) => (
            <label key={metric} className="flex items-center gap-1 text-xs text-zinc-600">
              <input type="checkbox" checked={metrics.includes(metric)} onChange={(event) => setMetrics(event.target.checked ? [...metrics, metric] : metrics.filter((entry) => entry !== metric))} />
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
  if (runs.length === 0) return <p className="text-sm text-zinc-500">No runs yet: the first starts at the next slot, or now with “Run now”.</p>;
  return (
    <section>
      <h2 className="mb-2 text-sm font-semibold">Runs</h2>
      <table className="w-full rounded-lg bg-white text-sm ring-1 ring-zinc-200" data-testid="watch-runs">
        <thead className="text-left text-xs text-zinc-500">
          <tr>
            <th className="px-3 py-2">When</th>
            <th className="px-3 py-2">Run</th>
            <th className="px-3 py-2">Drift against the baseline</th>
            <th className="px-3 py-2">Provider reported</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-zinc-100">
          {[...runs].reverse().map((run) => (
            <tr key={run.id} data-testid="watch-run-row">
              <td className="px-3 py-2 whitespace-nowrap tabular-nums">
                {new Date(run.scheduledFor).toLocaleString()} <span className="text-xs text-zinc-500">{run.trigger === "manual" ? "manual" : ""}</span>
              </td>
              <td className="px-3 py-2">
                {run.runId ? (
                  <Link className="text-indigo-700 hover:underline" href={`/runs/${run.runId}`}>
                    {run.status}
                  </Link>
                ) : (
                  <span className="text-red-700">{run.error ?? "starting"}</span>
                )}
                {run.isBaseline && <span className="ml-2 rounded bg-indigo-100 px-1.5 py-0.5 text-xs text-indigo-800">baseline</span>}
              </td>
              <td className="px-3 py-2">
                {!run.evaluated ? (
                  <span className="text-zinc-500">{run.runId ? "checked when the run finishes" : "–"}</span>
                ) : (run.drift[variantId] ?? []).length === 0 ? (
                  <span className="text-emerald-700">none</span>
                ) : (
                  <ul className="text-red-800" data-testid="drift-list">
                    {(run.drift[variantId] ?? []).map((finding) => (
                      <li key={finding.metric}>{describeChange({ ...finding, ci95: finding.ci95 as [number, number] | null })}</li>
                    ))}
                  </ul>
                )}
              </td>
              <td className="px-3 py-2 text-xs text-zinc-600">{run.metrics?.variants[variantId]?.reported.join(", ") || "–"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
