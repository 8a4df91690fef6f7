// One executor per run at a time, so a run's concurrency is the concurrency the user asked for.
// The executor holds a lease on the run row and renews it while it works. When the lease lapses
// (a worker on another machine died) or its process is gone (same machine: a killed worker that
// was restarted), the next executor takes the run over and puts the items the dead one had
// started back to pending. Items are fenced by workerId, so a stalled executor that wakes up
// after losing its run cannot save a second result for an item (lib/runs/README.md).
import { hostname } from "node:os";
import { randomBytes } from "node:crypto";
import { db } from "../db/client";

export const DEFAULT_LEASE_MS = 30_000;

export function newExecutorId(): string {
  return `${hostname()}:${process.pid}:${randomBytes(4).toString("hex")}`;
}

/** True when the id names a process on this machine that no longer exists. */
export function isDeadLocalExecutor(executorId: string | null): boolean {
  if (!executorId) return false;
  const [host, pidText] = executorId.split(":");
  if (host !== hostname() || !pidText) return false;
  const pid = Number(pidText);
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "ESRCH";
  }
}

/** Takes the run if it is unfinished and free (or its holder is gone). Compare-and-swap on the
 * previous holder, so two executors racing for a run cannot both win. */
export async function takeRun(runId: string, executorId: string, leaseMs: number): Promise<boolean> {
  const run = await db().run.findUnique({ where: { id: runId }, select: { status: true, executorId: true, executorLeaseUntil: true } });
  if (!run || (run.status !== "queued" && run.status !== "running")) return false;
  const holderGone = run.executorId === null || isDeadLocalExecutor(run.executorId) || (run.executorLeaseUntil !== null && run.executorLeaseUntil < new Date());
  if (!holderGone && run.executorId !== executorId) return false;
  const taken = await db().$executeRaw`
    UPDATE "Run" SET "executorId" = ${executorId},
      "executorLeaseUntil" = now() + make_interval(secs => ${leaseMs / 1000}),
      status = 'running', "startedAt" = coalesce("startedAt", now())
    WHERE id = ${runId}::uuid AND status IN ('queued', 'running') AND "executorId" IS NOT DISTINCT FROM ${run.executorId}`;
  if (taken === 0) return false;
  // Whatever was running belonged to an executor that is gone: it will be done again.
  await db().runItem.updateMany({ where: { runId, status: "running", NOT: { workerId: executorId } }, data: { status: "pending", workerId: null, startedAt: null } });
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
  const runs = await db().run.findMany({ where: { status: { in: ["queued", "running"] } }, select: { id: true, executorId: true, executorLeaseUntil: true } });
  const now = new Date();
  return runs.filter((run) => run.executorId === null || isDeadLocalExecutor(run.executorId) || (run.executorLeaseUntil !== null && run.executorLeaseUntil < now)).map((run) => run.id);
}
