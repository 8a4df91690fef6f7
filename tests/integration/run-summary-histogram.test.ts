// The latency histogram of a run that just ended, before PostgreSQL has statistics on its items
// (the planner then guesses one item; computing the range once per item took a 2,000-item
// replay's summary 1.4–1.7 s — BENCHMARKS.md, replay end to end, measured by the bench, not here):
// every answer is counted once, in a bucket, and an answer without a time is left out rather
// than put in a bucket of its own that no response schema accepts.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "../../lib/db/client";
import { createRun } from "../../lib/runs/create-run";
import { computeRunSummary } from "../../lib/runs/summary";
import { startWireServer, type WireServer } from "../fixtures/wire-server";
import { createRunWorld, type RunWorld } from "../helpers/run-fixtures";

let wire: WireServer;
let world: RunWorld;

beforeAll(async () => {
  wire = await startWireServer();
  world = await createRunWorld(wire, ["alpha", "beta"], 1_500);
});
afterAll(() => wire.close());

describe("a fresh run's summary", () => {
  it("counts every timed answer once, in a numbered bucket", async () => {
    const { id } = await createRun({ kind: "replay", prompt: world.promptName, dataset: world.datasetName, variants: ["v-alpha", "v-beta"] }, world.userId);
    await db().$executeRaw`UPDATE "RunItem" SET status = 'done', "finishedAt" = now(), "totalMs" = CASE WHEN sequence % 100 = 7 THEN NULL ELSE (sequence * 7919) % 1000 END WHERE "runId" = ${id}::uuid`;
    const untimed = await db().runItem.count({ where: { runId: id, totalMs: null } });
    expect(untimed).toBeGreaterThan(0);
    const summary = await computeRunSummary(id);
    expect(summary.histogram.counts.reduce((sum, bucket) => sum + bucket.count, 0)).toBe(3_000 - untimed);
    expect(summary.histogram.counts.every((bucket) => Number.isInteger(bucket.bucket))).toBe(true);
    expect(summary.histogram.edges[0]).toBe(0);
  });
});
