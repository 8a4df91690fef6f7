// A run starts as soon as it is sent: the send wakes the worker's pollers of runs.execute
// (lib/jobs/queues.ts JOB_SENT_CHANNEL) instead of leaving the job to their next poll — a second
// lost on every run of a few seconds when they polled each second (BENCHMARKS.md, replay end to
// end). Their poll is now only a fallback every 10 s, so a job taken within a few seconds of its
// send, while no poll is due, was taken because the send woke them.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "../../lib/db/client";
import { BOSS_SCHEMA } from "../../lib/jobs/boss-schema";
import { closeJobSender } from "../../lib/jobs/sender";
import { createRun } from "../../lib/runs/create-run";
import { executeRunQueue } from "../../lib/worker/handlers/execute-run";
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

/** Seconds from the run's job being sent to a poller taking it (pg-boss's own stamps). */
async function pickedUpAfterSeconds(runId: string): Promise<number> {
  await expect.poll(async () => (await db().run.findUniqueOrThrow({ where: { id: runId } })).status, { timeout: 30_000, interval: 50 }).toBe("done");
  const [job] = await db().$queryRawUnsafe<Array<{ seconds: number }>>(
    `SELECT extract(epoch FROM started_on - created_on)::float8 AS seconds FROM ${BOSS_SCHEMA}.job WHERE name = 'runs.execute' AND data->>'runId' = $1`,
    runId,
  );
  return job!.seconds;
}

describe("starting a run", () => {
  it("wakes the worker: each run's job is taken long before the pollers' next poll", async () => {
    const interval = executeRunQueue.pollingIntervalSeconds!;
    expect(interval).toBeGreaterThanOrEqual(10);
    // The pollers fetched when the worker started, and fetch again whenever a send wakes them; each
    // time their wait of `interval` begins again. Every run here is sent within a moment of the
    // start or of the previous run's wake, so no poll is due for most of `interval`: a job taken
    // in half of it was taken on the wake. (Without the wake these waits were up to 10 s.)
    for (let k = 0; k < 3; k++) {
      const { id } = await createRun({ kind: "replay", prompt: world.promptName, dataset: world.datasetName, variants: ["v-alpha"] }, world.userId);
      expect(await pickedUpAfterSeconds(id)).toBeLessThan(interval / 2);
    }
  });
});
