// A run starts as soon as it is sent: the send wakes the worker's pollers of runs.execute
// (lib/jobs/queues.ts JOB_SENT_CHANNEL) instead of leaving the job to their next poll, up to a
// second away — a second lost on every run of a few seconds (BENCHMARKS.md, replay end to end).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "../../lib/db/client";
import { BOSS_SCHEMA } from "../../lib/jobs/boss-schema";
import { closeJobSender } from "../../lib/jobs/sender";
import { createRun } from "../../lib/runs/create-run";
import { startWorker, type RunningWorker } from "../../lib/worker/worker";
import { startWireServer, type WireServer } from "../fixtures/wire-server";
import { createRunWorld, type RunWorld } from "../helpers/run-fixtures";

let wire: WireServer;
let world: RunWorld;
let worker: RunningWorker;

beforeAll(async () => {
  wire = await startWireServer();
  world = await createRunWorld(wire, ["alpha"], 2);
  wire.behave("alpha", { echo: true });
  worker = await startWorker(process.env.DATABASE_URL!);
});
afterAll(async () => {
  await worker?.stop();
  await closeJobSender();
  await wire?.close();
});

/** Milliseconds from the run's job being sent to a poller taking it (pg-boss's own stamps). */
async function pickedUpAfterMs(runId: string): Promise<number> {
  await expect.poll(async () => (await db().run.findUniqueOrThrow({ where: { id: runId } })).status, { timeout: 30_000, interval: 50 }).toBe("done");
  const [job] = await db().$queryRawUnsafe<Array<{ ms: number }>>(
    `SELECT extract(epoch FROM started_on - created_on)::float8 * 1000 AS ms FROM ${BOSS_SCHEMA}.job WHERE name = 'runs.execute' AND data->>'runId' = $1`,
    runId,
  );
  return job!.ms;
}

describe("starting a run", () => {
  it("wakes the worker: each run's job is taken well inside the 1 s poll interval", async () => {
    // Past the pollers' first fetch at start, so only a wake (or a lucky poll) takes a job early.
    await new Promise((resolve) => setTimeout(resolve, 1_200));
    const waits: number[] = [];
    for (let k = 0; k < 4; k++) {
      const { id } = await createRun({ kind: "replay", prompt: world.promptName, dataset: world.datasetName, variants: ["v-alpha"] }, world.userId);
      waits.push(await pickedUpAfterMs(id));
      // Somewhere else in the poll cycle next time.
      await new Promise((resolve) => setTimeout(resolve, 170));
    }
    // Polling alone: each wait is anywhere in 0–1,000 ms, so four of them all under 300 ms is rare.
    expect(Math.max(...waits)).toBeLessThan(300);
  });
});
