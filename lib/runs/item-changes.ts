// The run page's live feed: the items changed since a cursor. A cursor is a PostgreSQL snapshot
// (pg_current_snapshot, "xmin:xmax:in-progress ids"); every write to an item stamps the
// transaction that made it (RunItem.changeTx, kept by a trigger). The items changed since a
// snapshot are exactly those whose last change it does not see — committed after it was taken,
// or still in progress then. The new cursor and the items are read in ONE statement, so they
// share one snapshot: an item saved while the request runs is either in this answer or unseen by the
// new cursor, and then in the next answer. Nothing is lost, and nothing comes twice unless it
// changed again.
import "server-only";
import { z } from "zod";
import { notFound } from "../api/errors";
import { db } from "../db/client";
import { Prisma } from "../db/generated/client";
import { fromJson, itemRowsJson, type JsonItemRow } from "./item-rows";
import { itemViews } from "./views";

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

/** One query (two for a run with a baseline): the cursor, and the changed items with their case and
 * answer, in the same statement. */
export async function runItemChanges(runId: string, since: string) {
  const changedSince = Prisma.sql`i."runId" = r.id AND i."changeTx" >= pg_snapshot_xmin(${since}::pg_snapshot)::text::bigint
    AND NOT pg_visible_in_snapshot(i."changeTx"::text::xid8, ${since}::pg_snapshot)`;
  const [row] = await db().$queryRaw<Array<{ baselineRunId: string | null; cursor: string; items: JsonItemRow[] }>>`
    SELECT r."baselineRunId", pg_current_snapshot()::text AS cursor, ${itemRowsJson(changedSince, { limit: MAX_CHANGES + 1 })} AS items
    FROM "Run" r WHERE r.id = ${runId}::uuid`;
  if (!row) throw notFound("That run");
  if (row.items.length > MAX_CHANGES) return { cursor: row.cursor, resync: true, items: [] };
  return { cursor: row.cursor, resync: false, items: await itemViews(fromJson(row.items), row.baselineRunId) };
}
