// Claiming a run's next items: an atomic UPDATE … WHERE id IN (SELECT … FOR UPDATE SKIP LOCKED),
// so two claims can never take the same item.
import "server-only";
import { db } from "../db/client";
import type { ClaimedItem } from "./execute-item";

/** Load runs measure one concurrency level at a time: the lowest level with work left. Null
 * when nothing is left to do. */
export async function currentLevel(runId: string): Promise<number | null> {
  const rows = await db().$queryRaw<Array<{ level: number | null }>>`
    SELECT min(concurrency) AS level FROM "RunItem" WHERE "runId" = ${runId}::uuid AND status IN ('pending', 'running')`;
  return rows[0]?.level ?? null;
}

/** Claims up to `count` pending items from `fromSequence` on. Items are claimed in planned order,
 * so the executor keeps a cursor: scanning from the start every time would wade through the
 * index entries of every item already claimed (dead until vacuum), which made each claim of a
 * 2,000-item run take ~20 ms by its end. */
export async function claimItems(runId: string, executorId: string, count: number, level: number | null, fromSequence = 0): Promise<Array<ClaimedItem & { sequence: number }>> {
  if (count <= 0) return [];
  return db().$queryRaw<Array<ClaimedItem & { sequence: number }>>`
    UPDATE "RunItem" SET status = 'running', "workerId" = ${executorId}, "startedAt" = NULL
    WHERE id IN (
      SELECT id FROM "RunItem"
      WHERE "runId" = ${runId}::uuid AND status = 'pending' AND sequence >= ${fromSequence}::int AND concurrency IS NOT DISTINCT FROM ${level}::int
      ORDER BY sequence LIMIT ${count}
      FOR UPDATE SKIP LOCKED)
    RETURNING id, "caseKey", "testCaseId", "variantId", repetition, sequence`;
}

/** Stamps the items whose calls start now: progress shows them as calling, not merely claimed. */
export async function markCalling(itemIds: string[], executorId: string): Promise<void> {
  await db().$executeRaw`
    UPDATE "RunItem" SET "startedAt" = now() WHERE id = ANY(${itemIds}::uuid[]) AND status = 'running' AND "workerId" = ${executorId}`;
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
