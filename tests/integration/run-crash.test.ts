// The crash test: a real `juxta worker` process is killed with SIGKILL in the middle of a run and
// started again. The run finishes with every item exactly once and the totals right.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "../../lib/db/client";
import { createRun } from "../../lib/runs/create-run";
import { startWireServer, type WireServer } from "../fixtures/wire-server";
import { createRunWorld, type RunWorld } from "../helpers/run-fixtures";
import { closeJobSender } from "../../lib/jobs/sender";

const juxta = path.resolve(import.meta.dirname, "..", "..", "bin", "juxta.js");
let wire: WireServer;
let world: RunWorld;
const children: ChildProcess[] = [];

function startWorkerProcess(): ChildProcess {
  const child = spawn(process.execPath, [juxta, "worker"], { env: { ...process.env }, stdio: ["ignore", "pipe", "pipe"] });
  child.stdout!.resume();
  child.stderr!.resume();
  children.push(child);
  return child;
}

beforeAll(async () => {
  wire = await startWireServer();
  world = await createRunWorld(wire, ["steady", "other"], 20);
  wire.behave("steady", { echo: true, ttftMs: 40, chunkDelayMs: 40 });
  wire.behave("other", { echo: true, ttftMs: 20, chunkDelayMs: 60 });
});
afterAll(async () => {
  for (const child of children) child.kill("SIGKILL");
  await closeJobSender();
  await wire?.close();
});

describe("a worker killed mid-run", () => {
  it("is resumed by the next worker: every item exactly once, totals right", async () => {
    const { id } = await createRun({ kind: "replay", prompt: world.promptName, dataset: world.datasetName, variants: ["v-steady", "v-other"], concurrency: 4 }, world.userId);
    const first = startWorkerProcess();
    await expect.poll(() => db().runItem.count({ where: { runId: id, status: "done" } }), { timeout: 60_000, interval: 100 }).toBeGreaterThanOrEqual(6);
    const running = await db().runItem.count({ where: { runId: id, status: "running" } });
    first.kill("SIGKILL");
    await new Promise((resolve) => first.once("exit", resolve));
    const doneAtKill = await db().runItem.count({ where: { runId: id, status: "done" } });
    expect(doneAtKill).toBeLessThan(40);
    expect(running).toBeGreaterThan(0);

    startWorkerProcess();
    await expect.poll(async () => (await db().run.findUniqueOrThrow({ where: { id } })).status, { timeout: 90_000, interval: 250 }).toBe("done");

    const items = await db().runItem.findMany({ where: { runId: id }, include: { completion: true } });
    expect(items).toHaveLength(40);
    expect(items.every((item) => item.status === "done" && item.completion?.status === "done" && item.passed === true)).toBe(true);
    // No completion saved twice: exactly one per item, none orphaned by the killed worker.
    expect(await db().completion.count()).toBe(40);
    expect(new Set(items.map((item) => `${item.caseKey}|${item.variantId}|${item.repetition}`)).size).toBe(40);
    // The killed worker's calls in flight were made again; nothing else was.
    const calls = wire.requests.filter((request) => request.api === "openai").length;
    expect(calls).toBeGreaterThanOrEqual(40);
    expect(calls).toBeLessThanOrEqual(40 + 4); // at most `concurrency` calls were in flight at the kill
  });

  it("killed while saving a batch of items: nothing lost, nothing saved twice", async () => {
    // The workers of the test before are done: this run must be the killed worker's alone.
    for (const child of children.splice(0)) {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill("SIGKILL");
        await new Promise((resolve) => child.once("exit", resolve));
      }
    }
    const completionsBefore = await db().completion.count();
    const callsBefore = wire.requests.filter((request) => request.api === "openai").length;
    // Every answer of a round arrives at once, so items finish together and save as one batch;
    // a statement trigger holds each batch save open for 400 ms, so the kill lands inside one.
    wire.behave("steady", { echo: true, ttftMs: 50, chunkDelayMs: 0 });
    wire.behave("other", { echo: true, ttftMs: 50, chunkDelayMs: 0 });
    await db().$executeRawUnsafe(`CREATE FUNCTION slow_save() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM pg_sleep(0.4); RETURN NULL; END $$`);
    await db().$executeRawUnsafe(`CREATE TRIGGER slow_save AFTER INSERT ON "Completion" FOR EACH STATEMENT EXECUTE FUNCTION slow_save()`);
    // PostgreSQL notices the dead client within 50 ms and rolls the batch back, instead of
    // finishing the statement it was running (the worker's connections are made after this).
    await db().$executeRawUnsafe(`DO $$ BEGIN EXECUTE format('ALTER DATABASE %I SET client_connection_check_interval = 50', current_database()); END $$`);
    const { id } = await createRun({ kind: "replay", prompt: world.promptName, dataset: world.datasetName, variants: ["v-steady", "v-other"], concurrency: 8 }, world.userId);
    const first = startWorkerProcess();
    const savingBatch = async () => {
      const rows = await db().$queryRaw<Array<{ n: number }>>`SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event = 'PgSleep' AND query LIKE '%WITH batch AS%'`;
      return rows[0]!.n;
    };
    // Not the first batch: by then some items are saved, and the kill cuts one in the middle.
    await expect.poll(() => db().runItem.count({ where: { runId: id, status: "done" } }), { timeout: 60_000, interval: 50 }).toBeGreaterThan(0);
    await expect.poll(savingBatch, { timeout: 60_000, interval: 20 }).toBeGreaterThan(0);
    const doneAtKill = await db().runItem.count({ where: { runId: id, status: "done" } });
    first.kill("SIGKILL");
    await new Promise((resolve) => first.once("exit", resolve));
    // The batch under way was rolled back, not finished without its client.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await db().runItem.count({ where: { runId: id, status: "done" } })).toBe(doneAtKill);
    await db().$executeRawUnsafe(`DROP TRIGGER slow_save ON "Completion"`);
    await db().$executeRawUnsafe(`DO $$ BEGIN EXECUTE format('ALTER DATABASE %I RESET client_connection_check_interval', current_database()); END $$`);

    startWorkerProcess();
    await expect.poll(async () => (await db().run.findUniqueOrThrow({ where: { id } })).status, { timeout: 90_000, interval: 250 }).toBe("done");
    const items = await db().runItem.findMany({ where: { runId: id }, include: { completion: { include: { assertionResults: true } } } });
    expect(items).toHaveLength(40);
    expect(items.every((item) => item.status === "done" && item.completion?.status === "done" && item.completion.assertionResults.length === 1)).toBe(true);
    expect((await db().completion.count()) - completionsBefore).toBe(40);
    expect(await db().assertionResult.count({ where: { completion: { runItem: { runId: id } } } })).toBe(40);
    // Items were saved together: a batch shares its transaction's now().
    const batches = await db().$queryRaw<Array<{ n: number }>>`SELECT count(DISTINCT c."finishedAt")::int AS n FROM "RunItem" i JOIN "Completion" c ON c.id = i."completionId" WHERE i."runId" = ${id}::uuid`;
    expect(batches[0]!.n).toBeLessThan(40);
    // The batch cut by the kill was rolled back and its items called again — and only the killed
    // worker's unsaved items were: at most a round of the concurrency.
    const calls = wire.requests.filter((request) => request.api === "openai").length - callsBefore;
    expect(calls).toBeGreaterThan(40);
    expect(calls).toBeLessThanOrEqual(40 + 8);
  });
});
