// A run's progress read from its variants' counters (RunVariant), kept by statement triggers on
// RunItem: after every kind of item change — create, claim, call start, save, a save fenced off,
// takeover, cancel, delete — they equal a fresh count over the items. And the exports' walk over
// a run's items goes by planned position (keyset), never by OFFSET.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "../../lib/db/client";
import { cancelRun } from "../../lib/runs/cancel-run";
import { claimItems, markCalling } from "../../lib/runs/claim";
import { createRun } from "../../lib/runs/create-run";
import { takeRun } from "../../lib/runs/executor-lease";
import { runItemBatches } from "../../lib/runs/item-batches";
import { saveItems } from "../../lib/runs/save-item";
import { getRun, getRunProgress, listRunItems, listRuns } from "../../lib/runs/views";
import { recordOf } from "../../lib/completions/result-fields";
import { startWireServer, type WireServer } from "../fixtures/wire-server";
import { createRunWorld, type RunWorld } from "../helpers/run-fixtures";

let wire: WireServer;
let world: RunWorld;

beforeAll(async () => {
  wire = await startWireServer();
  world = await createRunWorld(wire, ["alpha", "beta", "gamma"], 6);
});
afterAll(() => wire.close());

/** The truth: the run's items counted afresh, per variant. */
async function counted(runId: string) {
  return db().$queryRaw<Array<Record<string, unknown>>>`
    SELECT "variantId", count(*) FILTER (WHERE status = 'pending')::int AS pending,
      count(*) FILTER (WHERE status = 'running' AND "startedAt" IS NULL)::int AS claimed,
      count(*) FILTER (WHERE status = 'running' AND "startedAt" IS NOT NULL)::int AS running,
      count(*) FILTER (WHERE status = 'done')::int AS done, count(*) FILTER (WHERE status = 'error')::int AS error,
      count(*) FILTER (WHERE status = 'cancelled')::int AS cancelled, count(*) FILTER (WHERE passed)::int AS passed,
      coalesce(sum("costUsd"), 0)::float8 AS spent
    FROM "RunItem" WHERE "runId" = ${runId}::uuid GROUP BY 1 ORDER BY 1`;
}

async function kept(runId: string) {
  return db().$queryRaw<Array<Record<string, unknown>>>`
    SELECT "variantId", pending, claimed, running, done, error, cancelled, passed, "spentUsd"::float8 AS spent
    FROM "RunVariant" WHERE "runId" = ${runId}::uuid ORDER BY 1`;
}

async function expectInStep(runId: string) {
  const truth = await counted(runId);
  expect(await kept(runId)).toEqual(truth);
  const sum = (key: string) => truth.reduce((total, row) => total + Number(row[key]), 0);
  const { progress } = await getRunProgress(runId);
  expect(progress).toMatchObject({ pending: sum("pending"), claimed: sum("claimed"), running: sum("running"), done: sum("done"), error: sum("error"), cancelled: sum("cancelled"), passed: sum("passed") });
  expect(Number(progress.spentUsd)).toBeCloseTo(sum("spent"), 8);
  const { etaSeconds: _eta, ...moving } = progress;
  expect((await getRun(runId)).progress).toMatchObject(moving);
  expect((await listRuns({})).find((run) => run.id === runId)?.progress).toMatchObject(moving);
  // The listing's totals come from the counters too.
  expect((await listRunItems(runId, { offset: 0, limit: 1 })).total).toBe(sum("pending") + sum("claimed") + sum("running") + sum("done") + sum("error") + sum("cancelled"));
  expect((await listRunItems(runId, { offset: 0, limit: 1, status: "running" })).total).toBe(sum("claimed") + sum("running"));
  const variantId = String(truth[0]!.variantId);
  expect((await listRunItems(runId, { offset: 0, limit: 1, variantId, status: "done" })).total).toBe(truth[0]!.done);
}

const record = (status: "done" | "error", costUsd: string) =>
  recordOf({ status, text: status === "done" ? "Paris" : "", errorKind: status === "done" ? null : "server", errorMessage: status === "done" ? null : "boom", finishReason: "stop", ttftMs: 10, totalMs: 20, inputTokens: 5, outputTokens: 2, cachedInputTokens: null, cacheWriteInputTokens: null, reasoningTokens: null, tokensEstimated: false, costUsd, attempts: 1, textHash: "h", responseModel: null, systemFingerprint: null });

describe("a run's progress counters", () => {
  it("stay equal to a count of the items through every change, and go with the run", async () => {
    const { id } = await createRun({ kind: "replay", prompt: world.promptName, dataset: world.datasetName, variants: ["v-alpha", "v-beta", "v-gamma"] }, world.userId);
    await expectInStep(id);
    expect((await getRunProgress(id)).progress.pending).toBe(18);

    expect(await takeRun(id, "exec-1", 30_000)).toBe(true);
    // The first two start with their claim; the rest wait, claimed, until stamped as calling.
    const claimed = (await claimItems(id, "exec-1", 8, null, 0, 2)).sort((a, b) => a.sequence - b.sequence);
    await expectInStep(id);
    expect(claimed.map((item) => item.started)).toEqual([true, true, false, false, false, false, false, false]);
    expect((await getRunProgress(id)).progress).toMatchObject({ claimed: 6, running: 2 });
    await markCalling(claimed.slice(2, 5).map((item) => item.id), "exec-1");
    await expectInStep(id);
    expect((await getRunProgress(id)).progress).toMatchObject({ claimed: 3, running: 5 });

    const saves = claimed.slice(0, 4).map((item, k) => ({ itemId: item.id, variantId: item.variantId, request: {}, record: record(k === 3 ? "error" : "done", "0.00012345"), checks: [{ assertion: { type: "contains", value: "Paris" } as never, passed: k !== 1, score: null, reason: "" }] }));
    expect((await saveItems(id, "exec-1", saves)).size).toBe(4);
    await expectInStep(id);
    // A save of items this executor no longer holds writes nothing, counters included.
    expect((await saveItems(id, "exec-2", [{ ...saves[0]!, itemId: claimed[5]!.id, variantId: claimed[5]!.variantId }])).size).toBe(0);
    await expectInStep(id);

    // A takeover puts what was left running back to pending.
    await db().run.update({ where: { id }, data: { executorLeaseUntil: new Date(Date.now() - 60_000) } });
    expect(await takeRun(id, "exec-2", 30_000)).toBe(true);
    await expectInStep(id);
    expect((await getRunProgress(id)).progress).toMatchObject({ claimed: 0, running: 0, done: 3, error: 1, passed: 2 });

    await cancelRun(id);
    await expectInStep(id);
    expect((await getRunProgress(id)).progress.cancelled).toBe(14);

    await db().run.delete({ where: { id } });
    expect(await db().runVariant.count({ where: { runId: id } })).toBe(0);
  });

  it("are kept by two executors' statements at once without a deadlock", async () => {
    const { id } = await createRun({ kind: "replay", prompt: world.promptName, dataset: world.datasetName, variants: ["v-alpha", "v-beta", "v-gamma"] }, world.userId);
    await takeRun(id, "exec-a", 30_000);
    await Promise.all(Array.from({ length: 6 }, () => claimItems(id, "exec-a", 3, null)));
    await expectInStep(id);
    expect((await getRunProgress(id)).progress.claimed).toBe(18);
  });
});

describe("walking a run's items in batches", () => {
  it("returns every item once, in planned order, by position, not by OFFSET", async () => {
    const { id } = await createRun({ kind: "replay", prompt: world.promptName, dataset: world.datasetName, variants: ["v-alpha", "v-beta", "v-gamma"] }, world.userId);
    const statements: string[] = [];
    const original = pg.Client.prototype.query;
    pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
      statements.push(typeof args[0] === "string" ? args[0] : ((args[0] as { text?: string } | undefined)?.text ?? ""));
      return (original as (...rest: unknown[]) => unknown).apply(this, args);
    } as typeof original;
    const seen: number[] = [];
    try {
      for await (const batch of runItemBatches(id, {}, 4)) seen.push(...batch.map((item) => item.sequence));
    } finally {
      pg.Client.prototype.query = original;
    }
    expect(seen).toEqual(Array.from({ length: 18 }, (_, k) => k));
    const reads = statements.filter((text) => text.includes('FROM "public"."RunItem"'));
    expect(reads).toHaveLength(5);
    // Each batch starts after the last one's position (Prisma still writes OFFSET 0).
    for (const text of reads.slice(1)) expect(text).toMatch(/"RunItem"\."sequence" > \$/);
  });
});
