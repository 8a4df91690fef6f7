// The executor of one run (called by the worker's runs.execute handler). It takes the run's
// lease, keeps up to `concurrency` items in flight (the level's concurrency for a load sweep),
// watches for cancel and the budget, and marks the run finished when no item is left. Anything
// it leaves unfinished — killed, shut down, lease lost — is finished by the next executor.
import { setMaxListeners } from "node:events";
import { setTimeout as sleep } from "node:timers/promises";
import { db } from "../db/client";
import { log } from "../log";
import { claimItems, countUnfinished, currentLevel, spentUsd } from "./claim";
import { executeItem, type AbortReason } from "./execute-item";
import { DEFAULT_LEASE_MS, newExecutorId, releaseRun, renewLease, takeRun } from "./executor-lease";
import { createJudge } from "./judge";
import { loadRunContext } from "./run-context";

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
    let wake = () => {};

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
      const claimed = overBudget ? [] : await claimItems(runId, executorId, limit - inFlight.size, level);
      for (const item of claimed) {
        const call: Promise<void> = executeItem(context, item, tools)
          .then((cost) => void (spent += cost))
          .catch((error: unknown) => log.error("run item crashed", { runId, itemId: item.id, error: error instanceof Error ? error.message : String(error) }))
          .finally(() => {
            inFlight.delete(call);
            wake();
          });
        inFlight.add(call);
      }
      if (inFlight.size === 0 && claimed.length === 0) break;
      const woken = new Promise<void>((resolve) => (wake = resolve));
      await Promise.race([woken, sleep(pollMs)]);
    }
    await Promise.allSettled([...inFlight]);
    const reason = calls.signal.reason as AbortReason | undefined;
    if (reason === "shutdown" || reason === "lost") return "stopped";
    await finishRun(runId, spent, context.budgetUsd, overBudget);
    return "finished";
  } finally {
    clearInterval(heartbeat);
    options.signal?.removeEventListener("abort", onShutdown);
    await releaseRun(runId, executorId);
  }
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
