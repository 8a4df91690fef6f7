"use client";

import { TriangleAlert } from "lucide-react";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { useAcknowledgeAlert, useOpenAlerts } from "./use-watches";

/** On every page until someone acknowledges it: a watch found drift or a changed model. */
export function WatchAlertBanner({ canAcknowledge }: { canAcknowledge: boolean }) {
  const alerts = useOpenAlerts();
  const acknowledge = useAcknowledgeAlert();
  const [latest, ...others] = alerts.data ?? [];
  if (!latest) return null;
  return (
    <div
      role="alert"
      className="mb-4 flex flex-wrap items-start gap-3 rounded-lg border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-900 dark:border-red-500/30 dark:bg-red-500/10 dark:text-red-200"
      data-testid="watch-alert-banner"
    >
      <TriangleAlert className="mt-0.5 size-4 shrink-0" aria-hidden />
      <div className="min-w-0 flex-1">
        <p className="font-medium">
          <Link href={`/watches/${latest.watchId}${latest.watchRunId ? `?run=${latest.watchRunId}` : ""}`} className="hover:underline">
            {latest.kind === "drift" ? "Drift" : "Model change"} in watch “{latest.watchName}”
          </Link>
          {others.length > 0 && <span className="font-normal"> and {others.length} more open alert{others.length === 1 ? "" : "s"}</span>}
        </p>
        <p className="mt-0.5 break-words text-red-800 dark:text-red-300">{latest.text.replace(/\s\S+$/, "")}</p>
      </div>
      {canAcknowledge && (
        <Button variant="outline" size="sm" className="shrink-0 border-red-200 dark:border-red-500/30" loading={acknowledge.isPending} onClick={() => acknowledge.mutate(latest.id)}>
          Acknowledge
        </Button>
      )}
    </div>
  );
}
