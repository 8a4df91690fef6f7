// What judging spent, apart from what the variants under test spent: shown next to a run's own
// spend, added to its total, and counted against its budget.
import "server-only";
import { db } from "../db/client";

/** Per run id, the cost of every judge call on it as a decimal string (runs without judgings are missing). */
export async function judgingCostsOf(runIds: string[]): Promise<Map<string, string>> {
  if (runIds.length === 0) return new Map();
  const rows = await db().$queryRaw<Array<{ runId: string; cost: string }>>`
    SELECT j."runId", sum(c."costUsd")::text AS cost
    FROM "Judging" j JOIN "Completion" c ON c."judgingId" = j.id
    WHERE j."runId" = ANY(${runIds}::uuid[])
    GROUP BY j."runId"`;
  return new Map(rows.map((row) => [row.runId, row.cost ?? "0"]));
}

/** The run's answers and every judging of it: what its budget has covered so far. */
export async function runAndJudgingSpendUsd(runId: string): Promise<string> {
  const rows = await db().$queryRaw<Array<{ spent: string }>>`
    SELECT (
      coalesce((SELECT sum(c."costUsd") FROM "RunItem" i JOIN "Completion" c ON c.id = i."completionId" WHERE i."runId" = ${runId}::uuid), 0)
      + coalesce((SELECT sum(c."costUsd") FROM "Judging" j JOIN "Completion" c ON c."judgingId" = j.id WHERE j."runId" = ${runId}::uuid), 0)
    )::text AS spent`;
  return rows[0]?.spent ?? "0";
}
