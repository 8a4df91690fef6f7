"use client";

import { Radar } from "lucide-react";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { useWatches } from "./use-watches";

export function WatchesList() {
  const watches = useWatches();
  if (watches.isPending) return <p className="text-sm text-muted-foreground">Loading…</p>;
  if (watches.isError) return <p className="text-sm text-red-700 dark:text-red-300">{watches.error.message}</p>;
  if (watches.data.length === 0)
    return (
      <EmptyState icon={Radar} title="No watches yet">
        <p>A watch replays a prompt over a dataset on a schedule and compares each run with a baseline, so a provider&apos;s silent model change shows up as drift.</p>
        <p className="mt-2">
          From a terminal: <code className="rounded bg-muted px-1 break-all">juxta watch create --name NAME --prompt P --dataset D --variants a --cron &quot;0 6 * * *&quot;</code>
        </p>
      </EmptyState>
    );
  return (
    <ul className="divide-y divide-border rounded-lg border border-border bg-card" data-testid="watch-list">
      {watches.data.map((watch) => (
        <li key={watch.id} className="flex flex-wrap items-center justify-between gap-x-4 gap-y-1 px-4 py-3 text-sm">
          <div className="min-w-0">
            <span className="flex flex-wrap items-center gap-2">
              <Link href={`/watches/${watch.id}`} className="font-medium text-foreground hover:text-primary hover:underline">
                {watch.name}
              </Link>
              {watch.paused && <Badge variant="secondary">paused</Badge>}
              {watch.openAlerts > 0 && (
                <Badge variant="destructive">
                  {watch.openAlerts} open alert{watch.openAlerts === 1 ? "" : "s"}
                </Badge>
              )}
            </span>
            <p className="text-xs break-words text-muted-foreground">
              {watch.prompt} · {watch.dataset} · {watch.variants.map((variant) => variant.name).join(", ")} · <code>{watch.cron}</code> ({watch.timeZone})
            </p>
          </div>
          <p className="text-xs text-muted-foreground tabular-nums sm:text-right">{watch.paused ? "paused" : `next ${new Date(watch.nextRunAt!).toLocaleString()}`}</p>
        </li>
      ))}
    </ul>
  );
}
