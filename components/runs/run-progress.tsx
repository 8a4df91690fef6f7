import type { RunData } from "./use-runs";

export function formatEta(seconds: number): string {
  if (seconds < 60) return `${seconds}s`;
  const minutes = Math.floor(seconds / 60);
  return minutes < 60 ? `${minutes}m ${seconds % 60}s` : `${Math.floor(minutes / 60)}h ${minutes % 60}m`;
}

const statusTone: Record<RunData["status"], string> = {
  queued: "bg-zinc-100 text-zinc-700",
  running: "bg-sky-100 text-sky-800",
  done: "bg-emerald-100 text-emerald-800",
  cancelled: "bg-amber-100 text-amber-800",
  failed: "bg-red-100 text-red-800",
};

export function RunStatus({ status }: { status: RunData["status"] }) {
  return (
    <span className={`rounded-full px-2 py-0.5 text-xs font-medium ${statusTone[status]}`} data-testid="run-status">
      {status}
    </span>
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
        className={`flex overflow-hidden rounded-full bg-zinc-100 ${compact ? "h-1.5" : "h-3"}`}
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
        <p className="text-xs text-zinc-600 tabular-nums">
          {progress.finished}/{progress.total} finished · {progress.passed} passed · {failed} failed checks · {progress.error} errors
          {progress.cancelled > 0 && ` · ${progress.cancelled} cancelled`} · {progress.running} calling
          {progress.claimed > 0 && ` · ${progress.claimed} queued`}
          {progress.etaSeconds !== null && ` · about ${formatEta(progress.etaSeconds)} left`}
        </p>
      )}
    </div>
  );
}
