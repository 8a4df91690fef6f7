// A follower of a run (GET /runs/:id/events, `juxta replay`) reads the run at most every 200 ms
// while it moves — but the executor's notice that the run ended is read at once: the end is what
// `juxta replay` waits for before it prints and exits. Here the gap is 4 s, so an end read
// within 2 s was read without it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "../../lib/db/client";
import { claimItems } from "../../lib/runs/claim";
import { createRun } from "../../lib/runs/create-run";
import { takeRun } from "../../lib/runs/executor-lease";
import { announceProgress, runEvents } from "../../lib/runs/progress-events";
import { startWireServer, type WireServer } from "../fixtures/wire-server";
import { createRunWorld, type RunWorld } from "../helpers/run-fixtures";

let wire: WireServer;
let world: RunWorld;

beforeAll(async () => {
  wire = await startWireServer();
  world = await createRunWorld(wire, ["alpha"], 3);
});
afterAll(() => wire.close());

describe("following a run", () => {
  it("reads the run at once when its executor says it ended, not after the gap since the last read", async () => {
    const { id } = await createRun({ kind: "replay", prompt: world.promptName, dataset: world.datasetName, variants: ["v-alpha"] }, world.userId);
    expect(await takeRun(id, "exec-1", 30_000)).toBe(true);
    const abort = new AbortController();
    const events = runEvents(id, abort.signal, undefined, { minGapMs: 4_000 });
    try {
      expect((await events.next()).value).toMatchObject({ type: "progress" });
      // Progress moves: the follower reads it, and its next read may not come before the gap…
      await new Promise((resolve) => setTimeout(resolve, 300)); // listening for sure
      await claimItems(id, "exec-1", 2, null);
      await announceProgress(id);
      expect((await events.next()).value).toMatchObject({ type: "progress", run: { progress: { claimed: 2 } } });
      // …unless it is the end, announced right after that read.
      await db().run.update({ where: { id }, data: { status: "done", finishedAt: new Date() } });
      const ended = performance.now();
      await announceProgress(id, { ended: true });
      expect((await events.next()).value).toMatchObject({ type: "ended", run: { status: "done" } });
      expect(performance.now() - ended).toBeLessThan(2_000);
    } finally {
      abort.abort();
      await events.return(undefined);
    }
  });
});
