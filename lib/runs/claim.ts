// Claiming a run's next items: an atomic UPDATE … WHERE id IN (SELECT … FOR UPDATE SKIP LOCKED),
// so two claims can never take the same item.
import { db } from "../db/client";
import type { ClaimedItem } from "./execute-item";

/** Load runs measure one concurrency level at a time: the lowest level with work left. Null
 * when nothing is left to do. */
export async function currentLevel(runId: string): Promise<number | null> {
  const rows = await db().$queryRaw<Array<{ level: number | null }>>`
    SELECT min(concurrency) AS level FROM "RunItem" WHERE "runId" = ${runId}::uuid AND status IN ('pending', 'running')`;
  return rows[0]?.level ?? null;
}

export async function claimItems(runId: string, executorId: string, count: number, level: number | null): Promise<ClaimedItem[]> {
  if (count <= 0) return [];
  return db().$queryRaw<ClaimedItem[]>`
    UPDATE "RunItem" SET status = 'running', "workerId" = ${executorId}, "startedAt" = now()
    WHERE id IN (
      SELECT id FROM "RunItem"
      WHERE "runId" = ${runId}::uuid AND status = 'pending' AND concurrency IS NOT DISTINCT FROM ${level}::int
      ORDER BY sequence LIMIT ${count}
      FOR UPDATE SKIP LOCKED)
    RETURNING id, "caseKey", "testCaseId", "variantId", repetition`;
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
