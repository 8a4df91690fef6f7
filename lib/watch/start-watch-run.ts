// Starting a watch's run for one slot. The WatchRun row is inserted first with ON CONFLICT DO
// NOTHING on (watchId, scheduledFor): when several workers tick at once, exactly one insert wins
// and only its worker creates the run. A slot older than one already inserted is refused too, so
// a worker whose clock lags cannot go back and fire a slot that was skipped.
import "server-only";
import { ZodError } from "zod";
import { AppError } from "../api/errors";
import { db } from "../db/client";
import { uuid7 } from "../db/uuid7";
import { log } from "../log";
import { createRun } from "../runs/create-run";
import type { Assertion } from "../assertions/schema";
import { jobs } from "../jobs/queues";
import { dueSlot } from "./schedule";
import { watchRow } from "./service";

type Watch = Awaited<ReturnType<typeof watchRow>>;
export type WatchTrigger = "schedule" | "manual";

export interface StartedWatchRun {
  watchRunId: string;
  runId: string | null;
  error: string | null;
}

/** Null when this slot was already taken (by another worker, or an earlier tick). */
export async function startWatchRun(watch: Watch, scheduledFor: Date, trigger: WatchTrigger): Promise<StartedWatchRun | null> {
  const id = uuid7();
  const inserted = await db().$queryRaw<Array<{ id: string }>>`
    INSERT INTO "WatchRun" (id, "watchId", "scheduledFor", trigger)
    SELECT ${id}::uuid, ${watch.id}::uuid, ${scheduledFor}, ${trigger}
    WHERE ${trigger} = 'manual' OR NOT EXISTS (
      SELECT 1 FROM "WatchRun" WHERE "watchId" = ${watch.id}::uuid AND trigger = 'schedule' AND "scheduledFor" >= ${scheduledFor})
    ON CONFLICT ("watchId", "scheduledFor") DO NOTHING
    RETURNING id`;
  if (inserted.length === 0) return null;
  try {
    const run = await createRun(
      {
        kind: "replay",
        name: `watch ${watch.name} · ${scheduledFor.toISOString().slice(0, 16).replace("T", " ")}`,
        prompt: watch.promptVersionId,
        dataset: watch.datasetId,
        variants: watch.variantIds,
        repetitions: watch.repetitions,
        concurrency: watch.concurrency,
        assertions: watch.assertions as Assertion[],
        ...(watch.budgetUsd !== null && { budgetUsd: watch.budgetUsd.toNumber() }),
        ...(watch.baselineRunId !== null && { baselineRunId: watch.baselineRunId }),
      },
      watch.createdById,
    );
    await db().watchRun.update({ where: { id }, data: { runId: run.id } });
    await jobs.watchEvaluateRun.send({ watchRunId: id });
    return { watchRunId: id, runId: run.id, error: null };
  } catch (error) {
    // The slot stays taken: a watch whose run cannot start (over budget, an archived variant)
    // says why on its page instead of retrying every minute.
    const message = error instanceof AppError ? error.detail : error instanceof ZodError ? error.issues.map((issue) => issue.message).join("; ") : "The run could not be started (see the worker's log).";
    if (!(error instanceof AppError) && !(error instanceof ZodError)) log.error("watch run failed to start", { watchId: watch.id, error: (error as Error).message });
    await db().watchRun.update({ where: { id }, data: { error: message } });
    return { watchRunId: id, runId: null, error: message };
  }
}

/** The minute tick: every active watch whose slot is due gets its run (once per slot). */
export async function startDueWatchRuns(now: Date): Promise<StartedWatchRun[]> {
  const watches = await db().watch.findMany({ where: { pausedAt: null } });
  const latest = await db().watchRun.groupBy({ by: ["watchId"], where: { trigger: "schedule" }, _max: { scheduledFor: true } });
  const lastSlot = new Map(latest.map((row) => [row.watchId, row._max.scheduledFor]));
  const started: StartedWatchRun[] = [];
  for (const watch of watches) {
    const slot = dueSlot({ cron: watch.cron, timeZone: watch.timeZone, createdAt: watch.createdAt, lastScheduledFor: lastSlot.get(watch.id) ?? null }, now);
    if (!slot) continue;
    const result = await startWatchRun(watch, slot, "schedule");
    if (result) started.push(result);
  }
  return started;
}

/** `juxta watch run-now` and the page's button: a run outside the schedule. */
export async function runWatchNow(watchId: string, now = new Date()): Promise<StartedWatchRun> {
  const watch = await watchRow(watchId);
  const result = await startWatchRun(watch, now, "manual");
  if (!result) throw new AppError("conflict", 409, "A run of this watch was started at this very moment; try again.");
  if (result.error) throw new AppError("validation", 400, result.error);
  return result;
}
