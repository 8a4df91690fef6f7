"use client";

import Link from "next/link";
import { EmptyState } from "../ui/empty-state";
import { useWatches } from "./use-watches";

export function WatchesList() {
  const watches = useWatches();
  if (watches.isPending) return <p className="text-sm text-muted-foreground">Loading…</p>;
  if (watches.isError) return <p className="text-sm text-red-700 dark:text-red-300">{watches.error.message}</p>;
  if (watches.data.length === 0)
    return (
      <EmptyState icon="◔" title="No watches yet">
        <p>A watch replays a prompt over a dataset on a schedule and compares each run with a baseline, so a provider&apos;s silent model change shows up as drift.</p>
        <p className="mt-2">
          From a terminal: <code className="rounded bg-muted px-1">juxta watch create --name NAME --prompt P --dataset D --variants a --cron &quot;0 6 * * *&quot;</code>
        </p>
      </EmptyState>
    );
  return (
    <ul className="divide-y divide-border rounded-lg bg-card ring-1 ring-border" data-testid="watch-list">
      {watches.data.map((watch) => (
        <li key={watch.id} className="flex items-center justify-between gap-4 px-4 py-3 text-sm">
          <div>
            <Link href={`/watches/${watch.id}`} className="font-medium hover:text-primary">
              {watch.name}
            </Link>
            {watch.openAlerts > 0 && <span className="ml-2 rounded bg-red-100 dark:bg-red-500/15 px-1.5 py-0.5 text-xs font-medium text-red-800 dark:text-red-300">{watch.openAlerts} open alert{watch.openAlerts === 1 ? "" : "s"}</span>}
            <p className="text-xs text-muted-foreground">
              {watch.prompt} · {watch.dataset} · {watch.variants.map((variant) => variant.name).join(", ")} · <code>{watch.cron}</code> ({watch.timeZone})
            </p>
          </div>
          <p className="text-right text-xs text-muted-foreground tabular-nums">{watch.paused ? "paused" : `next ${new Date(watch.nextRunAt!).toLocaleString()}`}</p>
        </li>
      ))}
    </ul>
  );
}
