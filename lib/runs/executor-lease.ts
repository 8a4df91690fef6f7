// One executor per run at a time, so a run's concurrency is the concurrency the user asked for.
// The executor holds a lease on the run row and renews it while it works. When the lease lapses
// (a worker on another machine died) or its process is gone (same machine: a killed worker that
// was restarted), the next executor takes the run over and puts the items the dead one had
// started back to pending. Items are fenced by workerId, so a stalled executor that wakes up
// after losing its run cannot save a second result for an item (lib/runs/README.md).
import "server-only";
import { db } from "../db/client";
import { isDeadLocalId, newProcessScopedId } from "../instances/process-id";

export const DEFAULT_LEASE_MS = 30_000;

export const newExecutorId = newProcessScopedId;

/** Takes the run if it is unfinished and free (or its holder is gone, or is this executor starting
 * again). Compare-and-swap on the previous holder, so two executors racing for a run cannot both
 * win. Lease times are compared with the database's clock, never this machine's. */
export async function takeRun(runId: string, executorId: string, leaseMs: number): Promise<boolean> {
  const run = await db().run.findUnique({ where: { id: runId }, select: { status: true, executorId: true } });
  if (!run || (run.status !== "queued" && run.status !== "running")) return false;
  const holderDead = isDeadLocalId(run.executorId);
  const taken = await db().$executeRaw`
    UPDATE "Run" SET "executorId" = ${executorId},
      "executorLeaseUntil" = now() + make_interval(secs => ${leaseMs / 1000}),
      status = 'running', "startedAt" = coalesce("startedAt", now())
    WHERE id = ${runId}::uuid AND status IN ('queued', 'running') AND "executorId" IS NOT DISTINCT FROM ${run.executorId}
      AND ("executorId" IS NULL OR "executorId" = ${executorId} OR ${holderDead} OR "executorLeaseUntil" < now())`;
  if (taken === 0) return false;
  // Nothing of this run is in flight now (its holder is gone, or is us starting afresh after the
  // database came back): whatever was left running is done again.
  await db().runItem.updateMany({ where: { runId, status: "running" }, data: { status: "pending", workerId: null, startedAt: null } });
  return true;
}

/** False when the run was taken over (or finished) meanwhile: the executor must stop. */
export async function renewLease(runId: string, executorId: string, leaseMs: number): Promise<boolean> {
  const renewed = await db().$executeRaw`
    UPDATE "Run" SET "executorLeaseUntil" = now() + make_interval(secs => ${leaseMs / 1000})
    WHERE id = ${runId}::uuid AND "executorId" = ${executorId}`;
  return renewed > 0;
}

export async function releaseRun(runId: string, executorId: string): Promise<void> {
  await db().run.updateMany({ where: { id: runId, executorId }, data: { executorId: null, executorLeaseUntil: null } });
}

/** Unfinished runs that no live executor holds: the resume sweep enqueues them again. */
export async function orphanedRunIds(): Promise<string[]> {
  const runs = await db().$queryRaw<Array<{ id: string; executorId: string | null; lapsed: boolean }>>`
    SELECT id, "executorId", coalesce("executorLeaseUntil" < now(), false) AS lapsed
    FROM "Run" WHERE status IN ('queued', 'running')`;
  return runs.filter((run) => run.executorId === null || run.lapsed || isDeadLocalId(run.executorId)).map((run) => run.id);
}
