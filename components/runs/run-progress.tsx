import { Badge, type BadgeProps } from "../ui/badge";
import type { RunData } from "./use-runs";

export function formatEta(seconds: number): string {
  if (seconds < 60) return `${seconds}s`;
  const minutes = Math.floor(seconds / 60);
  return minutes < 60 ? `${minutes}m ${seconds % 60}s` : `${Math.floor(minutes / 60)}h ${minutes % 60}m`;
}

const statusVariant: Record<RunData["status"], BadgeProps["variant"]> = {
  queued: "secondary",
  running: "info",
  done: "success",
  cancelled: "warning",
  failed: "destructive",
};

export function RunStatus({ status }: { status: RunData["status"] }) {
  return (
    <Badge variant={statusVariant[status]} className="shrink-0 rounded-full" data-testid="run-status">
      {status}
    </Badge>
  );
}

/** A bar split by outcome (passed, failed, errors, cancelled) with counts and the ETA. */
export function RunProgressBar({ run, compact = false }: { run: RunData; compact?: boolean }) {
  const { progress } = run;
  const share = (count: number) => `${(count / Math.max(1, progress.total)) * 100}%`;
  const failed = progress.done - progress.passed;
  return (
    <div className="space-y-1" data-testid="run-progress">
      <div
        className={`flex overflow-hidden rounded-full bg-muted ${compact ? "h-1.5" : "h-3"}`}
        role="progressbar"
        aria-valuemin={0}
        aria-valuemax={progress.total}
        aria-valuenow={progress.finished}
        aria-label="Run progress"
      >
        <div className="bg-emerald-500" style={{ width: share(progress.passed) }} />
        <div className="bg-amber-400" style={{ width: share(failed) }} />
        <div className="bg-red-500" style={{ width: share(progress.error) }} />
        <div className="bg-zinc-400" style={{ width: share(progress.cancelled) }} />
        <div className="animate-pulse bg-sky-300" style={{ width: share(progress.running) }} />
      </div>
      {!compact && (
        <p className="text-xs text-muted-foreground tabular-nums">
          {progress.finished}/{progress.total} finished · {progress.passed} passed · {failed} failed checks · {progress.error} errors
          {progress.cancelled > 0 && ` · ${progress.cancelled} cancelled`} · {progress.running} calling
          {progress.claimed > 0 && ` · ${progress.claimed} queued`}
          {progress.etaSeconds !== null && ` · about ${formatEta(progress.etaSeconds)} left`}
        </p>
      )}
    </div>
  );
}
