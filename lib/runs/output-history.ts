// How long each variant has been answering lately: the best guide to how long it will answer in
// the next run (plan.ts uses the mean for the estimate, the longest when there is no max_tokens).
import "server-only";
import { db } from "../db/client";
import type { OutputHistory } from "./plan";

/** Enough answers for a steady mean; few enough to follow a changed prompt or model soon. */
export const HISTORY_ANSWERS = 50;

/** Per variant id, over its last HISTORY_ANSWERS completed answers (runs and compare turns alike;
 * not its calls as a judge, which are short verdicts); a variant that never answered is missing
 * from the map. */
export async function outputHistory(variantIds: string[]): Promise<Map<string, OutputHistory>> {
  if (variantIds.length === 0) return new Map();
  // One index walk per variant, newest first (Completion's (variantId, createdAt) index).
  const rows = await db().$queryRaw<Array<{ variantId: string; answers: number; mean: number; max: number }>>`
    SELECT v.id AS "variantId", count(*)::int AS answers, avg(recent."outputTokens")::float8 AS mean, max(recent."outputTokens")::int AS max
    FROM unnest(${variantIds}::uuid[]) AS v(id)
    CROSS JOIN LATERAL (
      SELECT c."outputTokens" FROM "Completion" c
      WHERE c."variantId" = v.id AND c.status = 'done' AND c."outputTokens" IS NOT NULL AND c."judgingId" IS NULL
      ORDER BY c."createdAt" DESC LIMIT ${HISTORY_ANSWERS}
    ) AS recent
    GROUP BY v.id`;
  return new Map(rows.map((row) => [row.variantId, { answers: row.answers, meanOutputTokens: row.mean, maxOutputTokens: row.max }]));
}
