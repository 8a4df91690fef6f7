// The items listing and the feed of changes read items the same way: in one SQL statement with
// their case and the start of their answer, as JSON (Prisma's include would take three queries
// and load every answer's whole text to show 240 characters of it).
import "server-only";
import { Prisma } from "../db/generated/client";
import type { ItemRow } from "./views";

/** Characters of an answer the listing shows. */
export const EXCERPT = 240;

/** A JSON array of the items `i` matching `where`, in planned order. */
export function itemRowsJson(where: Prisma.Sql, page: { limit: number; offset?: number }): Prisma.Sql {
  return Prisma.sql`(SELECT coalesce(json_agg(picked ORDER BY picked.sequence), '[]') FROM (
    SELECT i.id, i.sequence, i."caseKey", i."testCaseId", i."variantId", i.repetition, i.concurrency, i.status, i.passed,
      CASE WHEN t.id IS NOT NULL THEN json_build_object('position', t.position, 'variables', t.variables, 'messages', t.messages) END AS "testCase",
      CASE WHEN c.id IS NOT NULL THEN json_build_object('id', c.id, 'text', left(c.text, ${EXCERPT}), 'status', c.status, 'errorKind', c."errorKind", 'errorMessage', c."errorMessage",
        'ttftMs', c."ttftMs", 'totalMs', c."totalMs", 'costUsd', c."costUsd", 'outputTokens', c."outputTokens", 'textHash', c."textHash") END AS completion
    -- The page is cut from the items alone, then joined: joining first sorted every item of the run.
    FROM (SELECT * FROM "RunItem" i WHERE ${where} ORDER BY i.sequence LIMIT ${page.limit} OFFSET ${page.offset ?? 0}) i
    LEFT JOIN "TestCase" t ON t.id = i."testCaseId"
    LEFT JOIN "Completion" c ON c.id = i."completionId"
  ) picked)`;
}

/** An item as itemRowsJson gives it (JSON numbers and text). */
export interface JsonItemRow extends Omit<ItemRow, "completion" | "workerId" | "startedAt" | "finishedAt" | "runId" | "completionId" | "ttftMs" | "totalMs" | "inputTokens" | "outputTokens" | "costUsd" | "attempts" | "errorKind" | "changeTx"> {
  completion: (Omit<NonNullable<ItemRow["completion"]>, "costUsd"> & { costUsd: number | null }) | null;
}

/** The shape itemViews reads; only the fields it reads are set. */
export function fromJson(rows: JsonItemRow[]): ItemRow[] {
  return rows.map((row) => ({ ...row, completion: row.completion && { ...row.completion, costUsd: row.completion.costUsd === null ? null : new Prisma.Decimal(row.completion.costUsd) } }) as ItemRow);
}
