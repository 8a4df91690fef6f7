// The run page's live data flow at scale: the summary and progress read metrics copied onto each
// item when it is saved (equal to the figures computed from the completions), and the items
// listing hands out a cursor from which the changed items — and only those — come back, none lost
// when an item is saved while the request runs.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as changesRoute } from "../../app/api/v1/runs/[id]/items/changes/route";
import { GET as itemsRoute } from "../../app/api/v1/runs/[id]/items/route";
import { GET as progressRoute } from "../../app/api/v1/runs/[id]/progress/route";
import { GET as runRoute } from "../../app/api/v1/runs/[id]/route";
import { POST as createRoute } from "../../app/api/v1/runs/route";
import { db } from "../../lib/db/client";
import { migrationsDir } from "../../lib/db/migrate";
import { startWorker, type RunningWorker } from "../../lib/worker/worker";
import { closeJobSender } from "../../lib/jobs/sender";
import { computeRunSummary } from "../../lib/runs/summary";
import { startWireServer, type WireServer } from "../fixtures/wire-server";
import { callAs } from "../helpers/review-world";
import { sumUsd } from "../../lib/format/money";
import { createRunWorld, type RunWorld } from "../helpers/run-fixtures";

let wire: WireServer;
let world: RunWorld;

beforeAll(async () => {
  wire = await startWireServer();
  world = await createRunWorld(wire, ["echo", "flaky", "broken", "cut", "priced"], 8);
  wire.behave("echo", { echo: true, chunkDelayMs: 1 });
  wire.behave("flaky", { echo: true, faults: [{ type: "status", status: 429, retryAfterSeconds: 0 }, { type: "status", status: 500 }] });
  wire.behave("broken", { alwaysFault: { type: "status", status: 500 } });
  wire.behave("cut", { echo: true, alwaysFault: { type: "cut", afterChunks: 2 } });
  wire.behave("priced", { chunks: Array.from({ length: 300 }, () => "x "), inputTokens: 1_000 });
});
afterAll(async () => {
  await closeJobSender();
  await wire?.close();
});

type Handler = Parameters<typeof callAs>[0];
const call = (handler: Handler, params: Record<string, string> = {}, options: { body?: unknown; search?: string } = {}) => callAs(handler, `Bearer ${world.token}`, { ...options, params });

/** The per-variant figures as they were computed before the items carried metrics: joined with
 * the completions. The reference the new summary must equal. */
async function fromCompletions(runId: string) {
  return db().$queryRaw<Array<Record<string, unknown>>>`
    SELECT i."variantId", coalesce(sum(c.attempts), 0)::int AS attempts,
      percentile_cont(ARRAY[0.5, 0.95, 0.99]) WITHIN GROUP (ORDER BY c."ttftMs") FILTER (WHERE c.status = 'done') AS ttft,
      percentile_cont(ARRAY[0.5, 0.95, 0.99]) WITHIN GROUP (ORDER BY c."totalMs") FILTER (WHERE c.status = 'done') AS total,
      coalesce(sum(c."inputTokens"), 0)::int AS "inputTokens", coalesce(sum(c."outputTokens"), 0)::int AS "outputTokens",
      coalesce(sum(c."costUsd"), 0)::text AS "costUsd",
      (SELECT json_object_agg(kind, n) FROM (SELECT coalesce(c2."errorKind"::text, 'unknown') AS kind, count(*)::int AS n FROM "RunItem" i2 JOIN "Completion" c2 ON c2.id = i2."completionId"
        WHERE i2."runId" = ${runId}::uuid AND i2."variantId" = i."variantId" AND i2.status = 'error' GROUP BY 1) k) AS kinds
    FROM "RunItem" i LEFT JOIN "Completion" c ON c.id = i."completionId"
    WHERE i."runId" = ${runId}::uuid GROUP BY 1 ORDER BY 1`;
}

async function fromItems(runId: string) {
  const summary = await computeRunSummary(runId);
  return summary.variants
    .map((stats) => ({
      variantId: stats.variantId,
      attempts: stats.attempts,
      ttft: stats.ttft.p50 === null ? null : [stats.ttft.p50, stats.ttft.p95, stats.ttft.p99],
      total: stats.total.p50 === null ? null : [stats.total.p50, stats.total.p95, stats.total.p99],
      inputTokens: stats.inputTokens,
      outputTokens: stats.outputTokens,
      costUsd: stats.costUsd,
      kinds: summary.errorKinds.some((kind) => kind.variantId === stats.variantId)
        ? Object.fromEntries(summary.errorKinds.filter((kind) => kind.variantId === stats.variantId).map((kind) => [kind.kind, kind.count]))
        : null,
    }))
    .sort((a, b) => a.variantId.localeCompare(b.variantId));
}

async function runToEnd(body: unknown): Promise<string> {
  const created = await call(createRoute, {}, { body });
  expect(created.status).toBe(201);
  const id = created.body.run.id as string;
  await expect.poll(async () => (await call(runRoute, { id })).body.run.status, { timeout: 60_000, interval: 200 }).toBe("done");
  return id;
}

describe("run summary from the items' metrics", () => {
  let worker: RunningWorker;
  beforeAll(async () => {
    worker = await startWorker(process.env.DATABASE_URL!);
  });
  afterAll(async () => {
    await worker?.stop();
  });

  it("equals the summary computed from the completions, also after the migration's backfill", async () => {
    const runId = await runToEnd({ kind: "replay", prompt: world.promptName, dataset: world.datasetName, variants: ["v-echo", "v-flaky", "v-broken", "v-cut", "v-priced"], concurrency: 4 });
    const expected = await fromCompletions(runId);
    // Errors of two kinds, retried calls and priced tokens: every column of the copy is exercised.
    expect(expected.some((row) => (row.attempts as number) > 8)).toBe(true);
    expect(expected.filter((row) => row.kinds !== null)).toHaveLength(2);
    expect(await fromItems(runId)).toEqual(expected);
    // Answers, errors and checks read the same in the feed of changes as in the listing.
    const everything = (await call(changesRoute, { id: runId }, { search: "?since=1:1:" })).body;
    expect(everything.items).toEqual((await call(itemsRoute, { id: runId }, { search: "?limit=1000" })).body.items);
    const whole = (await call(runRoute, { id: runId })).body.run;
    // What the live page polls is the whole run's moving part, read in one query.
    const { status, error, startedAt, finishedAt, progress, judgingCostUsd } = whole;
    expect((await call(progressRoute, { id: runId })).body.run).toEqual({ status, error, startedAt, finishedAt, progress, judgingCostUsd });
    // Exact: both sides are decimal strings, normalised to eight places by sumUsd.
    expect(sumUsd([progress.spentUsd])).toBe(sumUsd(expected.map((row) => row.costUsd as string)));

    // Items saved before the migration had no metrics: its backfill gives them the same.
    await db().runItem.updateMany({ where: { runId }, data: { ttftMs: null, totalMs: null, inputTokens: null, outputTokens: null, costUsd: null, attempts: null, errorKind: null } });
    expect(await fromItems(runId)).not.toEqual(expected);
    const dir = readdirSync(migrationsDir).find((name) => name.endsWith("_run_item_metrics"))!;
    const migration = readFileSync(path.join(migrationsDir, dir, "migration.sql"), "utf8");
    await db().$executeRawUnsafe(migration.slice(migration.indexOf('UPDATE "RunItem" i')));
    expect(await fromItems(runId)).toEqual(expected);
  });
});

describe("items changed since a cursor", () => {
  const idsOf = (body: { items: Array<{ id: string }> }) => body.items.map((item) => item.id).sort();

  it("returns exactly the items changed since, and an item saved during the request in the next answer", async () => {
    // No worker: the run stays queued and the test plays the executor's writes.
    const created = await call(createRoute, {}, { body: { kind: "replay", prompt: world.promptName, dataset: world.datasetName, variants: ["v-echo", "v-broken"] } });
    const runId = created.body.run.id as string;
    const listed = (await call(itemsRoute, { id: runId }, { search: "?limit=1000" })).body;
    expect(listed.total).toBe(16);
    const items = listed.items as Array<{ id: string; sequence: number }>;
    // Keyset pages: after a planned position, the items that follow it.
    const after = (await call(itemsRoute, { id: runId }, { search: `?after=${items[2]!.sequence}&limit=2` })).body;
    expect(after).toMatchObject({ total: 16, items: [items[3], items[4]] });

    expect((await call(changesRoute, { id: runId }, { search: `?since=${listed.cursor}` })).body).toMatchObject({ resync: false, items: [] });

    // A claim of three items and a save of one of them.
    const claimed = [items[0]!.id, items[1]!.id, items[2]!.id];
    await db().runItem.updateMany({ where: { id: { in: claimed } }, data: { status: "running", workerId: "test" } });
    await db().runItem.update({ where: { id: items[0]!.id }, data: { status: "done", passed: true } });
    const first = (await call(changesRoute, { id: runId }, { search: `?since=${listed.cursor}` })).body;
    expect(idsOf(first)).toEqual([...claimed].sort());
    expect(first.items.find((item: { id: string }) => item.id === items[0]!.id)).toMatchObject({ status: "done", passed: true });
    // A changed item reads exactly as the listing shows it.
    const relisted = (await call(itemsRoute, { id: runId }, { search: "?limit=3" })).body.items;
    expect(first.items).toEqual(relisted);

    // An item saved in a transaction that commits only after the answer was read: the answer
    // still shows its old state, and the next answer brings the new one.
    const other = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await other.connect();
    try {
      await other.query("BEGIN");
      await other.query(`UPDATE "RunItem" SET status = 'done', passed = false WHERE id = $1`, [items[1]!.id]);
      const during = (await call(changesRoute, { id: runId }, { search: `?since=${first.cursor}` })).body;
      expect(during.items).toEqual([]);
      await other.query("COMMIT");
      const after = (await call(changesRoute, { id: runId }, { search: `?since=${during.cursor}` })).body;
      expect(after.items.map((item: { id: string; status: string }) => [item.id, item.status])).toEqual([[items[1]!.id, "done"]]);
      expect((await call(changesRoute, { id: runId }, { search: `?since=${after.cursor}` })).body.items).toEqual([]);
    } finally {
      await other.end();
    }

    // The same from an older cursor: every change since, once each.
    expect(idsOf((await call(changesRoute, { id: runId }, { search: `?since=${listed.cursor}` })).body)).toEqual([...claimed].sort());
    // Another run's changes are not this run's.
    const again = await call(createRoute, {}, { body: { kind: "replay", prompt: world.promptName, dataset: world.datasetName, variants: ["v-echo"] } });
    expect(again.status).toBe(201);
    expect(idsOf((await call(changesRoute, { id: runId }, { search: `?since=${listed.cursor}` })).body)).toEqual([...claimed].sort());
  });

  it("refuses a cursor it did not give, naming the field", async () => {
    const created = await call(createRoute, {}, { body: { kind: "replay", prompt: world.promptName, dataset: world.datasetName, variants: ["v-echo"] } });
    const id = created.body.run.id as string;
    for (const since of ["", "x", "5:3:", "3:9:10", "3:9:7,5", "0:1:", "1:99999999999999999999:", "1:2:3:4"]) {
      const answer = await call(changesRoute, { id }, { search: `?since=${encodeURIComponent(since)}` });
      expect(answer.status, since).toBe(400);
      expect(JSON.stringify(answer.body), since).toContain("since");
    }
    expect((await call(changesRoute, { id: "0190a8f0-0000-7000-8000-000000000000" }, { search: "?since=1:1:" })).status).toBe(404);
  });
});
