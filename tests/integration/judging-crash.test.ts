// A real `juxta worker` killed with SIGKILL in the middle of a judging, and another started: the
// judging finishes with each pair judged once — the dead worker's lock went with its connection,
// its saved pairs are skipped, and only the pair it had in flight is asked again.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "../../lib/db/client";
import { createJudging } from "../../lib/judging/create-judging";
import { createRun } from "../../lib/runs/create-run";
import { executeRun } from "../../lib/runs/execute-run";
import { startWireServer, type WireServer } from "../fixtures/wire-server";
import { createRunWorld, type RunWorld } from "../helpers/run-fixtures";
import { closeJobSender } from "../../lib/jobs/sender";

const juxta = path.resolve(import.meta.dirname, "..", "..", "bin", "juxta.js");
const PAIRS = 8; // two variants, one pair per case
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
  world = await createRunWorld(wire, ["good", "plain", "judge"], PAIRS, "-crash");
  wire.behave("good", { chunks: ["MARKER"] });
  wire.behave("plain", { chunks: ["plain"] });
  // Slow enough that the worker is killed with pairs left; the judge always prefers "first".
  wire.behave("judge", { respond: () => '{"winner": "first", "reason": "r"}', ttftMs: 250 });
});
afterAll(async () => {
  for (const child of children) child.kill("SIGKILL");
  await closeJobSender();
  await wire?.close();
});

describe("a worker killed mid-judging", () => {
  it("is resumed by the next worker: every pair judged once, only the pair in flight asked again", { timeout: 240_000 }, async () => {
    const run = await createRun({ kind: "replay", prompt: world.promptName, dataset: world.datasetName, variants: ["v-good-crash", "v-plain-crash"] }, world.userId);
    expect(await executeRun(run.id, { pollMs: 50 })).toBe("finished");
    const { id } = await createJudging(run.id, { judgeVariant: "v-judge-crash", rubric: "Prefer the marker." }, world.userId);

    const first = startWorkerProcess();
    await expect.poll(() => db().judgeVerdict.count({ where: { judgingId: id } }), { timeout: 60_000, interval: 50 }).toBeGreaterThanOrEqual(2);
    first.kill("SIGKILL");
    await new Promise((resolve) => first.once("exit", resolve));
    const savedAtKill = await db().judgeVerdict.count({ where: { judgingId: id } });
    expect(savedAtKill).toBeLessThan(PAIRS);
    expect((await db().judging.findUniqueOrThrow({ where: { id } })).status).toBe("running");

    startWorkerProcess();
    await expect.poll(async () => (await db().judging.findUniqueOrThrow({ where: { id } })).status, { timeout: 90_000, interval: 250 }).toBe("done");
    const verdicts = await db().judgeVerdict.findMany({ where: { judgingId: id } });
    expect(verdicts).toHaveLength(PAIRS);
    expect(verdicts.every((verdict) => verdict.consistent === false && verdict.choice === "tie")).toBe(true);
    expect(await db().completion.count({ where: { judgingId: id } })).toBe(2 * PAIRS);
    // Each saved pair was asked once; the pair in flight at the kill, once more.
    const asked = wire.requests.filter((request) => request.body.model === "judge").length;
    expect(asked).toBeGreaterThanOrEqual(2 * PAIRS);
    expect(asked).toBeLessThanOrEqual(2 * PAIRS + 2);
  });
});
