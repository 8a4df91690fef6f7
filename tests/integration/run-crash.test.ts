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
});
