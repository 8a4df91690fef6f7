// The pairs a judging compares: for each case and repetition of a replay run, every two variants
// that both answered. Each pair is in the canonical order of votes (completionAId <
// completionBId), which is also the verdict's unique key with the judging.
import "server-only";
import { db } from "../db/client";

export interface JudgedPair {
  completionAId: string;
  completionBId: string;
}

export async function runPairs(runId: string): Promise<JudgedPair[]> {
  return db().$queryRaw<JudgedPair[]>`
    SELECT a."completionId" AS "completionAId", b."completionId" AS "completionBId"
    FROM "RunItem" a
    JOIN "RunItem" b ON b."runId" = a."runId" AND b."caseKey" = a."caseKey" AND b.repetition = a.repetition AND a."completionId" < b."completionId"
    WHERE a."runId" = ${runId}::uuid AND a.status = 'done' AND b.status = 'done'
    ORDER BY least(a.sequence, b.sequence), greatest(a.sequence, b.sequence)`;
}
