"use client";

import Link from "next/link";
import { useAcknowledgeAlert, useOpenAlerts } from "./use-watches";

/** On every page until someone acknowledges it: a watch found drift or a changed model. */
export function WatchAlertBanner({ canAcknowledge }: { canAcknowledge: boolean }) {
  const alerts = useOpenAlerts();
  const acknowledge = useAcknowledgeAlert();
  const [latest, ...others] = alerts.data ?? [];
  if (!latest) return null;
  return (
    <div role="alert" className="mb-4 flex items-start justify-between gap-4 rounded-lg bg-red-50 dark:bg-red-500/15 px-4 py-3 text-sm text-red-900 dark:text-red-300 ring-1 ring-red-200 dark:ring-red-500/30" data-testid="watch-alert-banner">
      <div className="min-w-0">
        <p className="font-medium">
          <Link href={`/watches/${latest.watchId}${latest.watchRunId ? `?run=${latest.watchRunId}` : ""}`} className="hover:underline">
            {latest.kind === "drift" ? "Drift" : "Model change"} in watch “{latest.watchName}”
          </Link>
          {others.length > 0 && <span className="font-normal"> and {others.length} more open alert{others.length === 1 ? "" : "s"}</span>}
        </p>
        <p className="mt-0.5 break-words text-red-800 dark:text-red-300">{latest.text.replace(/\s\S+$/, "")}</p>
      </div>
      {canAcknowledge && (
        <button type="button" className="shrink-0 rounded-md bg-card px-2 py-1 text-xs font-medium ring-1 ring-red-200 dark:ring-red-500/30 hover:bg-red-100 hover:dark:bg-red-500/15" disabled={acknowledge.isPending} onClick={() => acknowledge.mutate(latest.id)}>
          Acknowledge
        </button>
      )}
    </div>
  );
}
