// The schedule under a fake clock: two workers ticking at the same moments start one run per cron
// slot, and after a downtime that missed several slots the watch catches up with one run (the
// latest slot), not one per missed slot. The ticks are the worker's own (startDueWatchRuns), run
// concurrently against the real database, where the unique (watch, slot) key settles the race.
import { setTimeout as sleep } from "node:timers/promises";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "../../lib/db/client";
import { createWatch } from "../../lib/watch/service";
import { startDueWatchRuns } from "../../lib/watch/start-watch-run";
import { startWireServer, type WireServer } from "../fixtures/wire-server";
import { createRunWorld, type RunWorld } from "../helpers/run-fixtures";
import { closeJobSender } from "../../lib/jobs/sender";

let wire: WireServer;
let world: RunWorld;
let watchId: string;

beforeAll(async () => {
  wire = await startWireServer();
  world = await createRunWorld(wire, ["echo"], 3);
  watchId = (await createWatch({ name: "every minute", prompt: world.promptName, dataset: world.datasetName, variants: ["v-echo"], cron: "* * * * *", timeZone: "Europe/Paris" }, world.userId, null)).id;
  await db().watch.update({ where: { id: watchId }, data: { createdAt: new Date("2026-06-01T09:59:30Z") } });
});
afterAll(async () => {
  await closeJobSender();
  await wire?.close();
});

/** Two workers, each ticking twice at the same fake moment (pg-boss's cron and a worker start). */
const twoWorkersTick = (iso: string) => Promise.all(Array.from({ length: 4 }, () => startDueWatchRuns(new Date(iso))));

async function slots() {
  const rows = await db().watchRun.findMany({ where: { watchId }, orderBy: { scheduledFor: "asc" }, select: { scheduledFor: true, runId: true, error: true } });
  return rows.map((row) => ({ slot: row.scheduledFor.toISOString(), hasRun: row.runId !== null, error: row.error }));
}

describe("watch schedule", () => {
  it("starts one run per slot across two workers, and one catch-up run after downtime", async () => {
    const started = (await twoWorkersTick("2026-06-01T10:00:05Z")).flat();
    expect(started).toHaveLength(1);
    await twoWorkersTick("2026-06-01T10:00:50Z"); // same slot: nothing new
    await twoWorkersTick("2026-06-01T10:01:00Z");
    expect(await slots()).toEqual([
      { slot: "2026-06-01T10:00:00.000Z", hasRun: true, error: null },
      { slot: "2026-06-01T10:01:00.000Z", hasRun: true, error: null },
    ]);

    // No worker from 10:01:30 to 10:07:20: slots 10:02–10:07 were missed; one catch-up for 10:07.
    const catchUp = (await twoWorkersTick("2026-06-01T10:07:20Z")).flat();
    expect(catchUp).toHaveLength(1);
    expect((await slots()).map((row) => row.slot)).toEqual(["2026-06-01T10:00:00.000Z", "2026-06-01T10:01:00.000Z", "2026-06-01T10:07:00.000Z"]);
    // A worker whose clock lags behind cannot go back and fire a skipped slot.
    expect(await startDueWatchRuns(new Date("2026-06-01T10:03:10Z"))).toEqual([]);
    expect(await db().run.count()).toBe(3);
  });

  it("records why a slot's run could not start, once, instead of retrying every minute", async () => {
    await db().watch.update({ where: { id: watchId }, data: { budgetUsd: "0.000001" } });
    await twoWorkersTick("2026-06-01T10:08:01Z");
    await twoWorkersTick("2026-06-01T10:08:40Z");
    const last = (await slots()).at(-1)!;
    expect(last).toMatchObject({ slot: "2026-06-01T10:08:00.000Z", hasRun: false });
    expect(last.error).toMatch(/over its budget/);
    expect(await db().run.count()).toBe(3);
  });

  it("does not fire while paused", async () => {
    await db().watch.update({ where: { id: watchId }, data: { pausedAt: new Date(), budgetUsd: null } });
    expect((await twoWorkersTick("2026-06-01T10:09:01Z")).flat()).toEqual([]);
  });

  it("lets the worker that loses the race at the unique key start nothing", async () => {
    await db().watch.update({ where: { id: watchId }, data: { pausedAt: null } });
    // The other worker has inserted 10:12 but not committed yet: this one's NOT EXISTS cannot see
    // it, so only the unique key stops a second run.
    const other = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await other.connect();
    try {
      await other.query("BEGIN");
      await other.query(`INSERT INTO "WatchRun" (id, "watchId", "scheduledFor", trigger) VALUES (gen_random_uuid(), $1, $2, 'schedule')`, [watchId, new Date("2026-06-01T10:12:00Z")]);
      const racing = startDueWatchRuns(new Date("2026-06-01T10:12:02Z"));
      await sleep(500);
      await other.query("COMMIT");
      expect(await racing).toEqual([]);
    } finally {
      await other.end();
    }
    expect((await slots()).at(-1)).toEqual({ slot: "2026-06-01T10:12:00.000Z", hasRun: false, error: null });
  });
});
