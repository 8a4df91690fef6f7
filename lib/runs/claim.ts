// Claiming a run's next items: an atomic UPDATE … WHERE id IN (SELECT … FOR UPDATE SKIP LOCKED),
// so two claims can never take the same item.
import "server-only";
import { db } from "../db/client";
import { driverRows } from "../db/driver-query";
import { Prisma } from "../db/generated/client";
import type { ClaimedItem } from "./execute-item";

/** Load runs measure one concurrency level at a time: the lowest level with work left. Null
 * when nothing is left to do. */
export async function currentLevel(runId: string): Promise<number | null> {
  const rows = await db().$queryRaw<Array<{ level: number | null }>>`
    SELECT min(concurrency) AS level FROM "RunItem" WHERE "runId" = ${runId}::uuid AND status IN ('pending', 'running')`;
  return rows[0]?.level ?? null;
}

/** Claims up to `count` pending items from `fromSequence` on; the first `startingNow` of them (in
 * planned order) are the ones whose calls start at once, stamped with startedAt in the claim
 * itself — claim and start in one write of the row, not two (each RunItem update writes all of
 * its indexes: BENCHMARKS.md). The rest wait in the executor's queue, claimed but not calling,
 * until markCalling stamps them.
 * Items are claimed in planned order, so the executor keeps a cursor: scanning from the start
 * every time would wade through the index entries of every item already claimed (dead until
 * vacuum), which made each claim of a 2,000-item run take ~20 ms by its end. */
export async function claimItems(runId: string, executorId: string, count: number, level: number | null, fromSequence = 0, startingNow = 0): Promise<Array<ClaimedItem & { sequence: number; started: boolean }>> {
  if (count <= 0) return [];
  // FOR UPDATE does not go with a window function in one SELECT: the rows are locked first, then ranked.
  return driverRows<ClaimedItem & { sequence: number; started: boolean }>(Prisma.sql`
    WITH picked AS (
      SELECT id, sequence FROM "RunItem"
      WHERE "runId" = ${runId}::uuid AND status = 'pending' AND sequence >= ${fromSequence}::int AND concurrency IS NOT DISTINCT FROM ${level}::int
      ORDER BY sequence LIMIT ${count}
      FOR UPDATE SKIP LOCKED
    ), ranked AS (
      SELECT id, row_number() OVER (ORDER BY sequence) <= ${startingNow}::int AS started FROM picked
    )
    UPDATE "RunItem" i SET status = 'running', "workerId" = ${executorId}, "startedAt" = CASE WHEN r.started THEN now() END
    FROM ranked r WHERE i.id = r.id
    RETURNING i.id, i."caseKey", i."testCaseId", i."variantId", i.repetition, i.sequence, r.started`);
}

/** Stamps the items whose calls start now: progress shows them as calling, not merely claimed. */
export async function markCalling(itemIds: string[], executorId: string): Promise<void> {
  await driverRows(Prisma.sql`
    UPDATE "RunItem" SET "startedAt" = now() WHERE id = ANY(${itemIds}::uuid[]) AND status = 'running' AND "workerId" = ${executorId}`);
}

export async function countUnfinished(runId: string): Promise<number> {
  return db().runItem.count({ where: { runId, status: { in: ["pending", "running"] } } });
}

/** What this run has spent so far: every saved call, failed ones included. */
export async function spentUsd(runId: string): Promise<number> {
  const rows = await db().$queryRaw<Array<{ spent: string | null }>>`
    SELECT sum(c."costUsd")::text AS spent FROM "RunItem" i JOIN "Completion" c ON c.id = i."completionId" WHERE i."runId" = ${runId}::uuid`;
  return Number(rows[0]?.spent ?? 0);
}
