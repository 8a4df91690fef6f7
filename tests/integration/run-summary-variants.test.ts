// A run's summary, computed with its variants split between two queries and its histogram counted
// from the (runId, status, totalMs, variantId) index, gives exactly what the single query walking
// the variants in table order and the histogram over the materialised answers gave: five variants
// whose table order is not their id order, one of them without items, answers with and without
// timings, errors, items still pending.
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
  world = await createRunWorld(wire, ["m1", "m2", "m3", "m4", "m5"], 40);
});
afterAll(() => wire?.close());

/** The figures per variant as the one query over the run's variants computed them. */
const statsInOneQuery = (runId: string) => db().$queryRaw<Array<Record<string, unknown>>>`
  SELECT v."variantId", NULL::int AS concurrency, s.*
  FROM "RunVariant" v, LATERAL (SELECT
    count(*)::int AS items, count(*) FILTER (WHERE i.status IN ('done', 'error'))::int AS finished,
    count(*) FILTER (WHERE i.status = 'done')::int AS done, count(*) FILTER (WHERE i.status = 'error')::int AS errors,
    count(*) FILTER (WHERE i.passed)::int AS passed, coalesce(sum(i.attempts), 0)::int AS attempts,
    percentile_cont(ARRAY[0.5, 0.95, 0.99]) WITHIN GROUP (ORDER BY i."ttftMs") FILTER (WHERE i.status = 'done') AS ttft,
    percentile_cont(ARRAY[0.5, 0.95, 0.99]) WITHIN GROUP (ORDER BY i."totalMs") FILTER (WHERE i.status = 'done') AS total,
    coalesce(sum(i."inputTokens"), 0)::int AS "inputTokens", coalesce(sum(i."outputTokens"), 0)::int AS "outputTokens",
    sum(i."costUsd")::text AS "costUsd", min(i."startedAt") AS "firstStart", max(i."finishedAt") AS "lastFinish"
    FROM "RunItem" i WHERE i."runId" = v."runId" AND i."variantId" = v."variantId") s
  WHERE v."runId" = ${runId}::uuid AND s.items > 0 ORDER BY v.position`;

/** The histogram's buckets as the query over the materialised answers counted them (answers
 * without a time left out: a bucket of their own was a null no response schema accepts). */
const histogramOverAnswers = (runId: string) => db().$queryRaw<Array<{ variantId: string; bucket: number; count: number; low: number; width: number }>>`
  WITH answered AS (SELECT i."variantId", i."totalMs" FROM "RunItem" i WHERE i."runId" = ${runId}::uuid AND i.status = 'done' AND i."totalMs" IS NOT NULL),
  span AS (SELECT min("totalMs") AS low, greatest(1, ceil((max("totalMs") + 1 - min("totalMs"))::numeric / 20))::int AS width FROM answered)
  SELECT a."variantId", ((a."totalMs" - span.low) / span.width)::int AS bucket, count(*)::int AS count, span.low, span.width
  FROM answered a, span GROUP BY 1, 2, span.low, span.width ORDER BY 2, 1`;

describe("a run's summary over many variants", () => {
  it("equals the figures of one query over the variants in table order, and the histogram over the answers", async () => {
    // Table order against id order: the variants listed from the largest id down.
    const names = Object.entries(world.variants).sort(([, x], [, y]) => y.localeCompare(x)).map(([model]) => `v-${model}`);
    const { id } = await createRun({ kind: "replay", prompt: world.promptName, dataset: world.datasetName, variants: names }, world.userId);
    const order = (await db().runVariant.findMany({ where: { runId: id }, orderBy: { position: "asc" }, select: { variantId: true } })).map((row) => row.variantId);
    expect(order).not.toEqual([...order].sort());
    // One variant loses its items; the others finish most of theirs, some without timings, some in error.
    await db().runItem.deleteMany({ where: { runId: id, variantId: order[2]! } });
    await db().$executeRaw`
      UPDATE "RunItem" SET status = CASE WHEN sequence % 9 = 0 THEN 'error'::"RunItemStatus" WHEN sequence % 11 = 0 THEN 'pending' ELSE 'done' END,
        passed = CASE WHEN sequence % 11 = 0 THEN NULL ELSE sequence % 4 <> 0 END,
        "ttftMs" = CASE WHEN sequence % 13 = 0 THEN NULL ELSE 20 + (sequence * 37) % 400 END,
        "totalMs" = CASE WHEN sequence % 17 = 0 THEN NULL ELSE 300 + (sequence * 7919) % 5000 END,
        "inputTokens" = 10 + sequence % 5, "outputTokens" = 20 + sequence % 7, "costUsd" = 0.00001234 * (1 + sequence % 3), attempts = 1 + sequence % 2,
        "errorKind" = CASE WHEN sequence % 9 = 0 THEN 'server'::"ErrorKind" END,
        "startedAt" = now() - (sequence || ' seconds')::interval, "finishedAt" = now()
      WHERE "runId" = ${id}::uuid`;

    const summary = await computeRunSummary(id);
    const expected = await statsInOneQuery(id);
    expect(expected.map((row) => row.variantId)).toEqual(order.filter((variantId) => variantId !== order[2]));
    expect(summary.variants.map(({ variantId, concurrency, items, finished, done, errors, passed, attempts, inputTokens, outputTokens }) => ({ variantId, concurrency, items, finished, done, errors, passed, attempts, inputTokens, outputTokens }))).toEqual(
      expected.map(({ variantId, concurrency, items, finished, done, errors, passed, attempts, inputTokens, outputTokens }) => ({ variantId, concurrency, items, finished, done, errors, passed, attempts, inputTokens, outputTokens })),
    );
    summary.variants.forEach((stats, k) => {
      const row = expected[k] as { ttft: number[]; total: number[]; costUsd: string; firstStart: Date; lastFinish: Date };
      expect([stats.ttft.p50, stats.ttft.p95, stats.ttft.p99]).toEqual(row.ttft);
      expect([stats.total.p50, stats.total.p95, stats.total.p99]).toEqual(row.total);
      expect(stats.costUsd).toBe(row.costUsd);
      expect(stats.throughputPerSecond).toBe(stats.finished / ((row.lastFinish.getTime() - row.firstStart.getTime()) / 1000));
    });

    const buckets = await histogramOverAnswers(id);
    expect(buckets.length).toBeGreaterThan(20);
    expect(summary.histogram.counts).toEqual(buckets.map(({ variantId, bucket, count }) => ({ variantId, bucket, count })));
    expect(summary.histogram.edges[0]).toBe(buckets[0]!.low);
    expect(summary.histogram.edges[1]! - summary.histogram.edges[0]!).toBe(buckets[0]!.width);
  });
});
