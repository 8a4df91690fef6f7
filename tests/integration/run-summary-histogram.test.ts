// The latency histogram of a run that just ended, before PostgreSQL has statistics on its items:
// the planner then guesses one item, and unless the histogram's range is computed once it is
// computed again for every item — quadratic; a 2,000-item replay's summary snapshot took 1.4–1.7 s
// of the time between the run's end and `juxta replay` printing (BENCHMARKS.md, replay end to end).
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
  it("counts the histogram in one pass over its items, not one per item", async () => {
    const { id } = await createRun({ kind: "replay", prompt: world.promptName, dataset: world.datasetName, variants: ["v-alpha", "v-beta"] }, world.userId);
    await db().$executeRaw`UPDATE "RunItem" SET status = 'done', "finishedAt" = now(), "totalMs" = (sequence * 7919) % 1000 WHERE "runId" = ${id}::uuid`;
    const started = performance.now();
    const summary = await computeRunSummary(id);
    const ms = performance.now() - started;
    expect(summary.histogram.counts.reduce((sum, bucket) => sum + bucket.count, 0)).toBe(3_000);
    expect(summary.histogram.edges[0]).toBe(0);
    // One pass: tens of milliseconds. Once per item: seconds (3,000 × 3,000 rows).
    expect(ms).toBeLessThan(300);
  });
});
