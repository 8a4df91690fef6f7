// The executor of one run (called by the worker's runs.execute handler). It takes the run's
// lease, keeps up to `concurrency` items in flight (the level's concurrency for a load sweep),
// watches for cancel and the budget, and marks the run finished when no item is left. Anything
// it leaves unfinished — killed, shut down, lease lost — is finished by the next executor.
import { setMaxListeners } from "node:events";
import { db } from "../db/client";
import { log } from "../log";
import { claimItems, countUnfinished, currentLevel, spentUsd } from "./claim";
import { executeItem, type AbortReason } from "./execute-item";
import { DEFAULT_LEASE_MS, newExecutorId, releaseRun, renewLease, takeRun } from "./executor-lease";
import { createJudge } from "./judge";
import { loadRunContext } from "./run-context";
import { snapshotRunSummary } from "./summary";
import { Wakeup } from "./wakeup";

export interface ExecuteOptions {
  executorId?: string;
  leaseMs?: number;
  /** How often cancel is checked while calls are in flight. */
  pollMs?: number;
  /** Aborted when the worker shuts down: calls in flight are dropped and their items put back. */
  signal?: AbortSignal;
}

export type ExecuteOutcome = "finished" | "busy" | "stopped";

export async function executeRun(runId: string, options: ExecuteOptions = {}): Promise<ExecuteOutcome> {
  const executorId = options.executorId ?? newExecutorId();
  const leaseMs = options.leaseMs ?? Number(process.env.JUXTA_RUN_LEASE_MS ?? DEFAULT_LEASE_MS);
  const pollMs = options.pollMs ?? 500;
  if (!(await takeRun(runId, executorId, leaseMs))) return "busy";

  const calls = new AbortController();
  // Every call in flight listens for the abort (up to the run's concurrency): not a leak.
  setMaxListeners(0, calls.signal);
  const abort = (reason: AbortReason) => calls.abort(reason);
  const onShutdown = () => abort("shutdown");
  options.signal?.addEventListener("abort", onShutdown, { once: true });
  const heartbeat = setInterval(() => {
    renewLease(runId, executorId, leaseMs)
      .then((held) => held || abort("lost"))
      .catch((error: unknown) => log.warn("could not renew a run lease", { runId, error: String(error) }));
  }, leaseMs / 3);

  try {
    const context = await loadRunContext(runId);
    const tools = { executorId, signal: calls.signal, judge: createJudge(calls.signal) };
    const inFlight = new Set<Promise<void>>();
    let spent = await spentUsd(runId);
    let overBudget = false;
    let checkedAt = 0;
    const wakeup = new Wakeup();
    let cursor = 0;
    /** Claimed (status running, ours) but not started yet. */
    const queue: Array<Awaited<ReturnType<typeof claimItems>>[number]> = [];
    // For the debug log at the end: where the executor's time went.
    const timings = { claimMs: 0, claims: 0, claimed: 0, waitMs: 0, started: performance.now() };

    while (!calls.signal.aborted) {
      if (performance.now() - checkedAt >= pollMs) {
        checkedAt = performance.now();
        const run = await db().run.findUnique({ where: { id: runId }, select: { status: true } });
        if (run?.status !== "running") abort("cancel");
      }
      if (calls.signal.aborted) break;
      // Calls in flight count at their estimate, so the last ones cannot overshoot by much.
      overBudget = context.budgetUsd !== null && spent + inFlight.size * context.estimatedItemCostUsd >= context.budgetUsd;
      const level = context.kind === "load" ? await currentLevel(runId) : null;
      const limit = level ?? context.concurrency;
      const free = limit - inFlight.size;
      if (free > 0 && queue.length < free && !overBudget) {
        // Claim ahead (up to one more round of the concurrency) so a slot that frees up starts its
        // next item without waiting for a query: fewer, larger claims.
        const claimStarted = performance.now();
        const claimed = await claimItems(runId, executorId, free + limit - queue.length, level, cursor);
        if (claimed.length > 0) cursor = Math.max(...claimed.map((item) => item.sequence)) + 1;
        queue.push(...claimed);
        timings.claimMs += performance.now() - claimStarted;
        timings.claims += 1;
        timings.claimed += claimed.length;
      }
      const claimed = overBudget ? [] : queue.splice(0, Math.max(0, limit - inFlight.size));
      for (const item of claimed) {
        const call: Promise<void> = executeItem(context, item, tools)
          .then((cost) => void (spent += cost))
          .catch((error: unknown) => log.error("run item crashed", { runId, itemId: item.id, error: error instanceof Error ? error.message : String(error) }))
          .finally(() => {
            inFlight.delete(call);
            wakeup.notify();
          });
        inFlight.add(call);
      }
      if (inFlight.size === 0 && claimed.length === 0) {
        if (cursor === 0 || overBudget) break;
        cursor = 0; // one more look from the start: items put back behind the cursor
        continue;
      }
      const waitStarted = performance.now();
      await wakeup.wait(pollMs);
      timings.waitMs += performance.now() - waitStarted;
    }
    log.debug("run executor timings", { runId, ...timings, totalMs: performance.now() - timings.started });
    await Promise.allSettled([...inFlight]);
    // Claimed ahead but never started (cancel, budget, shutdown): back to pending for whoever
    // finishes the run; a cancel or the budget then marks them cancelled.
    await releaseQueued(queue, executorId);
    const reason = calls.signal.reason as AbortReason | undefined;
    if (reason === "shutdown" || reason === "lost") return "stopped";
    await finishRun(runId, spent, context.budgetUsd, overBudget);
    const ended = await db().run.findUnique({ where: { id: runId }, select: { status: true } });
    if (ended && ended.status !== "running") await snapshotRunSummary(runId);
    return "finished";
  } finally {
    clearInterval(heartbeat);
    options.signal?.removeEventListener("abort", onShutdown);
    await releaseRun(runId, executorId);
  }
}

async function releaseQueued(queue: Array<{ id: string }>, executorId: string) {
  if (queue.length === 0) return;
  await db().runItem.updateMany({ where: { id: { in: queue.map((item) => item.id) }, status: "running", workerId: executorId }, data: { status: "pending", workerId: null, startedAt: null } });
}

async function finishRun(runId: string, spent: number, budgetUsd: number | null, overBudget: boolean) {
  if (overBudget && budgetUsd !== null) {
    await db().runItem.updateMany({ where: { runId, status: "pending" }, data: { status: "cancelled", finishedAt: new Date() } });
    await db().run.updateMany({
      where: { id: runId, status: "running" },
      data: { status: "cancelled", error: `Stopped at the budget: spent $${spent.toFixed(4)} of $${budgetUsd}.`, finishedAt: new Date() },
    });
    return;
  }
  const run = await db().run.findUnique({ where: { id: runId }, select: { status: true } });
  if (run?.status === "cancelled") {
    await db().runItem.updateMany({ where: { runId, status: "pending" }, data: { status: "cancelled", finishedAt: new Date() } });
    await db().run.update({ where: { id: runId }, data: { finishedAt: new Date() } });
    return;
  }
  // Items a crashed call left running stay unfinished: the run is not done, the sweep resumes it.
  if ((await countUnfinished(runId)) > 0) return;
  await db().run.updateMany({ where: { id: runId, status: "running" }, data: { status: "done", finishedAt: new Date() } });
}
