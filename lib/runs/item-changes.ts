// The run page's live feed: the items changed since a cursor. A cursor is a PostgreSQL snapshot
// (pg_current_snapshot, "xmin:xmax:in-progress ids"); every write to an item stamps the
// transaction that made it (RunItem.changeTx, kept by a trigger). The items changed since a
// snapshot are exactly those whose last change it does not see — committed after it was taken,
// or still in progress then. The new cursor and the items are read in ONE statement, so they
// share one snapshot: an item saved while the request runs is either in this answer or unseen by the
// new cursor, and then in the next answer. Nothing is lost, and nothing comes twice unless it
// changed again.
import { z } from "zod";
import { notFound } from "../api/errors";
import { db } from "../db/client";
import { Prisma } from "../db/generated/client";
import { EXCERPT, itemViews, type ItemRow } from "./views";

/** More changes than this since the cursor: the client reloads the list instead. */
export const MAX_CHANGES = 5_000;

const TXID = /^\d{1,19}$/;

/** A cursor as pg_snapshot reads it: xmin ≤ every in-progress id < xmax, ids ascending. Checked
 * here so that no cursor makes PostgreSQL refuse the query (a 500). */
export const cursorSchema = z
  .string()
  .max(4_000)
  .refine((text) => {
    const [xmin, xmax, list, ...rest] = text.split(":");
    if (rest.length > 0 || !xmin || !xmax || list === undefined || !TXID.test(xmin) || !TXID.test(xmax)) return false;
    const ids = list === "" ? [] : list.split(",");
    if (!ids.every((id) => TXID.test(id))) return false;
    const values = [BigInt(xmin), ...ids.map(BigInt), BigInt(xmax)];
    const max = 2n ** 63n - 1n;
    return values.every((value, k) => value >= 1n && value <= max && (k === 0 || value >= values[k - 1]!)) && (ids.length === 0 || BigInt(ids.at(-1)!) < BigInt(xmax));
  }, "Must be a cursor a previous items answer gave");

export const changesQuerySchema = z.object({ since: cursorSchema }).strict();

/** One item as the statement below returns it (json_agg: numbers and text as JSON has them). */
interface ChangedRow {
  id: string;
  sequence: number;
  caseKey: string;
  testCaseId: string | null;
  variantId: string;
  repetition: number;
  concurrency: number | null;
  status: ItemRow["status"];
  passed: boolean | null;
  testCase: { position: number; variables: unknown; messages: unknown } | null;
  completion: (Omit<NonNullable<ItemRow["completion"]>, "costUsd"> & { costUsd: number | null }) | null;
}

/** One query (two for a run with a baseline): the cursor, and the changed items with their case and
 * answer, in the same statement. */
export async function runItemChanges(runId: string, since: string) {
  const [row] = await db().$queryRaw<Array<{ baselineRunId: string | null; cursor: string; items: ChangedRow[] | null }>>`
    SELECT r."baselineRunId", pg_current_snapshot()::text AS cursor,
      (SELECT json_agg(changed ORDER BY changed.sequence) FROM (
        SELECT i.id, i.sequence, i."caseKey", i."testCaseId", i."variantId", i.repetition, i.concurrency, i.status, i.passed,
          CASE WHEN t.id IS NOT NULL THEN json_build_object('position', t.position, 'variables', t.variables, 'messages', t.messages) END AS "testCase",
          CASE WHEN c.id IS NOT NULL THEN json_build_object('id', c.id, 'text', left(c.text, ${EXCERPT}), 'status', c.status, 'errorKind', c."errorKind", 'errorMessage', c."errorMessage",
            'ttftMs', c."ttftMs", 'totalMs', c."totalMs", 'costUsd', c."costUsd", 'outputTokens', c."outputTokens", 'textHash', c."textHash") END AS completion
        FROM "RunItem" i
        LEFT JOIN "TestCase" t ON t.id = i."testCaseId"
        LEFT JOIN "Completion" c ON c.id = i."completionId"
        WHERE i."runId" = r.id AND i."changeTx" >= pg_snapshot_xmin(${since}::pg_snapshot)::text::bigint
          AND NOT pg_visible_in_snapshot(i."changeTx"::text::xid8, ${since}::pg_snapshot)
        LIMIT ${MAX_CHANGES + 1}
      ) changed) AS items
    FROM "Run" r WHERE r.id = ${runId}::uuid`;
  if (!row) throw notFound("That run");
  const changed = row.items ?? [];
  if (changed.length > MAX_CHANGES) return { cursor: row.cursor, resync: true, items: [] };
  const rows: ItemRow[] = changed.map((item) => ({ ...item, completion: item.completion && { ...item.completion, costUsd: item.completion.costUsd === null ? null : new Prisma.Decimal(item.completion.costUsd) } }) as ItemRow);
  return { cursor: row.cursor, resync: false, items: await itemViews(rows, row.baselineRunId) };
}
