// Each RunItem update writes every one of its indexes (none can be HOT: status and changeTx are
// indexed), so the executor spares the writes it can: an item whose call starts as it is claimed
// is stamped as calling in the claim itself — claimed, then saved: two writes. Items claimed ahead
// (the executor's queue) are stamped when they start: three. Under a budget a claimed item may
// wait for its reservation, so every start is a write of its own.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "../../lib/db/client";
import { notCalledRecord } from "../../lib/completions/result-fields";
import { claimItems } from "../../lib/runs/claim";
import { createRun } from "../../lib/runs/create-run";
import { saveItems } from "../../lib/runs/save-item";
import { executeRun } from "../../lib/runs/execute-run";
import { startWireServer, type WireServer } from "../fixtures/wire-server";
import { createRunWorld, type RunWorld } from "../helpers/run-fixtures";
import { closeJobSender } from "../../lib/jobs/sender";

let wire: WireServer;
let world: RunWorld;

beforeAll(async () => {
  wire = await startWireServer();
  world = await createRunWorld(wire, ["alpha", "beta"], 9);
  wire.behave("alpha", { echo: true, chunkDelayMs: 1 });
  wire.behave("beta", { echo: true, ttftMs: 5 });
  // Every update of an item, as it happens: the row's status and whether it has started.
  await db().$executeRawUnsafe(`CREATE TABLE item_writes (n bigserial, item uuid, status text, started boolean)`);
  await db().$executeRawUnsafe(`CREATE FUNCTION note_item_write() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO item_writes (item, status, started) VALUES (NEW.id, NEW.status::text, NEW."startedAt" IS NOT NULL); RETURN NEW; END $$`);
  await db().$executeRawUnsafe(`CREATE TRIGGER note_item_write AFTER UPDATE ON "RunItem" FOR EACH ROW EXECUTE FUNCTION note_item_write()`);
});
afterAll(async () => {
  await closeJobSender();
  await wire?.close();
});

async function writesPerItem(runId: string) {
  return db().$queryRaw<Array<{ status: string; writes: Array<{ status: string; started: boolean }> }>>`
    SELECT i.status::text AS status, json_agg(json_build_object('status', w.status, 'started', w.started) ORDER BY w.n) AS writes
    FROM "RunItem" i JOIN item_writes w ON w.item = i.id WHERE i."runId" = ${runId}::uuid GROUP BY i.id, i.sequence ORDER BY i.sequence`;
}

const claimStarts = [{ status: "running", started: true }, { status: "done", started: true }];
const claimedAhead = [
  [{ status: "running", started: false }, { status: "running", started: true }, { status: "done", started: true }],
  // The stamp is not awaited (it must not delay the call): a fast answer's save may come first,
  // and the stamp, fenced on the item still running, then writes nothing — the save gives the
  // item its start instead.
  [{ status: "running", started: false }, { status: "done", started: true }],
];

describe("a run's item rows", () => {
  it("are written twice when the call starts with the claim, three times when claimed ahead", async () => {
    const { id } = await createRun({ kind: "replay", prompt: world.promptName, dataset: world.datasetName, variants: ["v-alpha", "v-beta"], concurrency: 3 }, world.userId);
    expect(await executeRun(id)).toBe("finished");
    const items = await writesPerItem(id);
    expect(items).toHaveLength(18);
    for (const item of items) expect([claimStarts, ...claimedAhead]).toContainEqual(item.writes);
    // The first claim starts the run's first three calls (its concurrency) and queues three more.
    expect(items.slice(0, 3).map((item) => item.writes)).toEqual([claimStarts, claimStarts, claimStarts]);
    for (const item of items.slice(3, 6)) expect(claimedAhead).toContainEqual(item.writes);
  });

  it("under a budget, start a call with a write of its own (a claimed item may wait for its reservation)", async () => {
    const { id } = await createRun({ kind: "replay", prompt: world.promptName, dataset: world.datasetName, variants: ["v-alpha", "v-beta"], concurrency: 3, budgetUsd: 10 }, world.userId);
    expect(await executeRun(id)).toBe("finished");
    const items = await writesPerItem(id);
    expect(items).toHaveLength(18);
    for (const item of items) expect(item.status).toBe("done");
    for (const item of items) expect(claimedAhead).toContainEqual(item.writes);
  });

  it("keep a start when the save comes before the calling stamp: the executor's own, or the stamp already there", async () => {
    const { id } = await createRun({ kind: "replay", prompt: world.promptName, dataset: world.datasetName, variants: ["v-alpha"], concurrency: 2 }, world.userId);
    // Claimed ahead, not stamped: as an item whose stamp has not landed when its answer is saved.
    const [ahead, stamped] = await claimItems(id, "executor-x", 2, null, 0, 0);
    await db().runItem.update({ where: { id: stamped!.id }, data: { startedAt: new Date("2026-01-02T03:04:05.678Z") } });
    const calledAt = new Date("2026-01-02T03:04:06.789Z");
    const save = (itemId: string) => ({ itemId, variantId: ahead!.variantId, request: {}, record: notCalledRecord("server", "boom"), checks: [], calledAt });
    expect(await saveItems(id, "executor-x", [save(ahead!.id), save(stamped!.id)])).toEqual(new Set([ahead!.id, stamped!.id]));
    const starts = await db().runItem.findMany({ where: { id: { in: [ahead!.id, stamped!.id] } }, select: { id: true, startedAt: true } });
    expect(Object.fromEntries(starts.map((item) => [item.id, item.startedAt?.toISOString()]))).toEqual({
      [ahead!.id]: "2026-01-02T03:04:06.789Z",
      [stamped!.id]: "2026-01-02T03:04:05.678Z",
    });
  });
});
