// The executor of one run (called by the worker's runs.execute handler). It takes the run's
// lease, keeps up to `concurrency` items in flight (the level's concurrency for a load sweep),
// watches for cancel, starts a call only when its worst case fits the budget (budget.ts), and
// marks the run finished when no item is left. Anything it leaves unfinished — killed, shut down,
// lease lost — is finished by the next executor.
import "server-only";
import { setMaxListeners } from "node:events";
import { env } from "../config/env";
import { db } from "../db/client";
import { driverRows } from "../db/driver-query";
import { Prisma } from "../db/generated/client";
import { isDatabaseUnavailable } from "../db/unavailable";
import { log } from "../log";
import { Budget, type Reservation } from "./budget";
import { claimItems, countUnfinished, currentLevel, markCalling, spentUsd } from "./claim";
import { executeItem, type AbortReason } from "./execute-item";
import { DEFAULT_LEASE_MS, newExecutorId, releaseRun, renewLease, takeRun } from "./executor-lease";
import { createJudge } from "./judge";
import { loadRunContext } from "./run-context";
import { announceProgress } from "./progress-events";
import { ItemSaver } from "./save-item";
import { snapshotRunSummary } from "./summary";
import { Wakeup } from "./wakeup";
import { worstCaseOfItems } from "./worst-case";

export interface ExecuteOptions {
  executorId?: string;
  leaseMs?: number;
  /** How often cancel is checked while calls are in flight. */
  pollMs?: number;
  /** Aborted when the worker shuts down: calls in flight are dropped and their items put back. */
  signal?: AbortSignal;
}

export type ExecuteOutcome = "finished" | "busy" | "stopped";

/** Thrown when the database went away mid-run. Calls in flight were dropped and nothing else
 * started; the caller waits for the database and calls executeRun again with the same executor
 * id, which takes the run back and redoes the unsaved items (at most `concurrency` calls). */
export class DatabaseLostDuringRun extends Error {
  constructor(readonly cause: unknown) {
    super(`The database went away during the run: ${cause instanceof Error ? cause.message : String(cause)}`);
  }
}

export async function executeRun(runId: string, options: ExecuteOptions = {}): Promise<ExecuteOutcome> {
  const executorId = options.executorId ?? newExecutorId();
  const leaseMs = options.leaseMs ?? (env().JUXTA_RUN_LEASE_MS ?? DEFAULT_LEASE_MS);
  const pollMs = options.pollMs ?? 500;
  if (!(await takeRun(runId, executorId, leaseMs))) return "busy";

  const calls = new AbortController();
  // Every call in flight listens for the abort (up to the run's concurrency): not a leak.
  setMaxListeners(0, calls.signal);
  const abort = (reason: AbortReason) => calls.abort(reason);
  const onShutdown = () => abort("shutdown");
  options.signal?.addEventListener("abort", onShutdown, { once: true });
  const inFlight = new Set<Promise<void>>();
  let databaseError: unknown = null;
  const databaseLost = (error: unknown) => {
    databaseError ??= error;
    abort("lost");
  };
  const heartbeat = setInterval(() => {
    renewLease(runId, executorId, leaseMs)
      .then((held) => held || abort("lost"))
      .catch((error: unknown) => log.warn("could not renew a run lease", { runId, error: String(error) }));
  }, leaseMs / 3);

  try {
    const context = await loadRunContext(runId);
    const tools = { executorId, signal: calls.signal, judge: createJudge(calls.signal), saver: new ItemSaver(runId, executorId) };
    const budget = new Budget(context.budgetUsd, await spentUsd(runId));
    // Without a budget nothing is reserved, and nothing needs the tokenizer.
    const worstCase = budget.limited ? await worstCaseOfItems(context) : () => 0;
    /** The next call's worst case did not fit and no call in flight can free any: the run stops. */
    let overBudget = false;
    /** The next call's worst case did not fit: wait for calls in flight to settle. */
    let waitingForBudget = false;
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
        if ((await runStatus(runId)) !== "running") abort("cancel");
      }
      if (calls.signal.aborted) break;
      const level = context.kind === "load" ? await currentLevel(runId) : null;
      const limit = level ?? context.concurrency;
      const free = limit - inFlight.size;
      if (free > 0 && queue.length < free && !waitingForBudget) {
        // Claim ahead (up to one more round of the concurrency) so a slot that frees up starts its
        // next item without waiting for a query: fewer, larger claims. The items that start at
        // once are stamped as calling in the claim itself (one write of their row, not two);
        // under a budget one may still wait for its reservation, so there every start is stamped.
        // (Claiming only what starts now, every item in one write, cost more: a claim per round
        // that the loop waits for — BENCHMARKS.md, third pass.)
        const claimStarted = performance.now();
        const startingNow = budget.limited || queue.length > 0 ? 0 : free;
        const claimed = (await claimItems(runId, executorId, free + limit - queue.length, level, cursor, startingNow)).sort((a, b) => a.sequence - b.sequence);
        if (claimed.length > 0) cursor = claimed.at(-1)!.sequence + 1;
        await context.holdCases(claimed.map((item) => item.testCaseId));
        queue.push(...claimed);
        timings.claimMs += performance.now() - claimStarted;
        timings.claims += 1;
        timings.claimed += claimed.length;
      }
      // Each call reserves its worst case before it starts, in planned order: one that does not
      // fit waits for calls in flight to settle (they may cost less than their worst case).
      const starting: Array<{ item: (typeof queue)[number]; reservation: Reservation }> = [];
      waitingForBudget = false;
      while (inFlight.size + starting.length < limit && queue.length > 0) {
        const reservation = budget.reserve(worstCase(queue[0]!));
        if (!reservation) {
          waitingForBudget = true;
          break;
        }
        starting.push({ item: queue.shift()!, reservation });
      }
      overBudget = waitingForBudget && inFlight.size === 0 && starting.length === 0;
      const claimed = starting.map(({ item }) => item);
      // Not awaited: the stamp is for progress only and must not delay the calls.
      const unstamped = claimed.filter((item) => !item.started);
      if (unstamped.length > 0) markCalling(unstamped.map((item) => item.id), executorId).catch(() => {});
      for (const { item, reservation } of starting) {
        const call: Promise<void> = executeItem(context, item, tools)
          .catch((error: unknown) => {
            // The first save that cannot reach the database stops every call, so no answer is
            // made that could not be kept (and redone) beyond those already in flight.
            if (isDatabaseUnavailable(error)) databaseLost(error);
            else log.error("run item crashed", { runId, itemId: item.id, error: error instanceof Error ? error.message : String(error) });
            // The call may have been paid for without being saved: it keeps its worst case.
            return reservation.amountUsd;
          })
          .then((cost) => budget.settle(reservation, cost))
          .finally(() => {
            context.releaseCase(item.testCaseId);
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
    if (databaseError) throw new DatabaseLostDuringRun(databaseError);
    // Claimed ahead but never started (cancel, budget, shutdown): back to pending for whoever
    // finishes the run; a cancel or the budget then marks them cancelled.
    await releaseQueued(queue, executorId);
    const reason = calls.signal.reason as AbortReason | undefined;
    if (reason === "shutdown" || reason === "lost") return "stopped";
    await finishRun(runId, budget.spent(), context.budgetUsd, overBudget);
    const ended = await db().run.findUnique({ where: { id: runId }, select: { status: true } });
    if (ended && ended.status !== "running") {
      await snapshotRunSummary(runId);
      // After the snapshot, so a follower that reads the summary at the end reads the kept one.
      await announceProgress(runId, { ended: true });
    }
    return "finished";
  } catch (error) {
    if (!isDatabaseUnavailable(error) && !(error instanceof DatabaseLostDuringRun)) throw error;
    abort("lost");
    await Promise.allSettled([...inFlight]);
    throw error instanceof DatabaseLostDuringRun ? error : new DatabaseLostDuringRun(error);
  } finally {
    clearInterval(heartbeat);
    options.signal?.removeEventListener("abort", onShutdown);
    // Without a database the lease simply lapses; the retry takes the run back under this id.
    await releaseRun(runId, executorId).catch(() => {});
  }
}

/** The run's status, checked every pollMs while it runs (a cancel): through pg, as the claims. */
async function runStatus(runId: string): Promise<string | undefined> {
  const rows = await driverRows<{ status: string }>(Prisma.sql`SELECT status::text AS status FROM "Run" WHERE id = ${runId}::uuid`);
  return rows[0]?.status;
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
