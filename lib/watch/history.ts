// A watch's runs over time: what the page's table and control charts read. Figures come from
// WatchRun.metrics (written once when the run was evaluated); drift points from its findings
// against the baseline.
import "server-only";
import { db } from "../db/client";
import { watchRunMetricsSchema, type WatchHistoryEntry } from "./api-schemas";
import type { DriftMetric } from "./drift-tests";

export async function watchHistory(watchId: string, baselineRunId: string | null, limit = 200): Promise<WatchHistoryEntry[]> {
  const rows = await db().watchRun.findMany({
    where: { watchId },
    orderBy: { scheduledFor: "desc" },
    take: limit,
    include: { run: { select: { status: true } }, findings: { where: { against: "baseline", drift: true } } },
  });
  return rows.reverse().map((row) => {
    const drift: WatchHistoryEntry["drift"] = {};
    for (const finding of row.findings) {
      (drift[finding.variantId] ??= []).push({
        metric: finding.metric as DriftMetric,
        before: finding.before,
        after: finding.after,
        difference: finding.difference,
        ci95: finding.ciLow !== null && finding.ciHigh !== null ? [finding.ciLow, finding.ciHigh] : null,
        pAdjusted: finding.pAdjusted,
      });
    }
    const parsed = watchRunMetricsSchema.safeParse(row.metrics);
    return {
      id: row.id,
      runId: row.runId,
      scheduledFor: row.scheduledFor.toISOString(),
      trigger: row.trigger,
      status: row.run?.status ?? null,
      error: row.error,
      // evaluatedAt is set when an evaluation claims the run, before its findings are written;
      // the metrics are written last. Until then the run is still being checked, not "no drift"
      // (the page stops refreshing once every run is evaluated).
      evaluated: row.evaluatedAt !== null && row.metrics !== null,
      isBaseline: row.runId !== null && row.runId === baselineRunId,
      metrics: parsed.success ? parsed.data : null,
      drift,
    };
  });
}
