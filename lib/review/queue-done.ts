// This reviewer's done pairs among the candidates, per variant pair: what the queue subtracts
// from everyone's totals. Counting them looks up every vote the reviewer ever cast (a reviewer
// with 10,000 votes: 40,000 index lookups, far over the queue's 50 ms), so the count is kept per
// reviewer and scope, and brought up to date from the votes cast since.
//
// Exact, not approximately so: a kept count says which votes it covers (how many, and the newest
// id). Votes are only ever added (they go only with their answers, a run, a turn or the reviewer,
// which move the candidates' fingerprint or take the reviewer along), so when the reviewer's votes
// number the kept ones plus those newer than the newest kept, exactly those are new and counted on
// top. Otherwise — a vote whose id is older than one already counted committed late (two tabs) —
// everything is counted again. Skips change with every request and are few: counted each time,
// those the reviewer has not also voted on. Per process; a bounded number of reviewers.
import "server-only";
import { db } from "../db/client";
import { Prisma } from "../db/generated/client";
import { candidates, skipped, type QueueFilter } from "./queue-candidates";
import { scopeKey } from "./queue-totals";

interface Kept {
  fingerprint: string;
  /** How many of the reviewer's votes the counts cover, and the newest of them. */
  votes: number;
  newest: string | null;
  counts: Map<string, number>;
}

const holder = globalThis as unknown as { juxtaQueueDone?: Map<string, Kept> };
const kept = (holder.juxtaQueueDone ??= new Map());
const MAX_ENTRIES = 500;

const keyOf = (reviewerId: string, filter: QueueFilter) => `${reviewerId}|${scopeKey(filter)}`;

/** Done pairs per variant pair ("x|y", smaller variant id first): the reviewer's voted
 * candidates, and the skipped ones they have not voted on. */
export async function donePairs(reviewerId: string, filter: QueueFilter, fingerprint: string): Promise<Map<string, number>> {
  const [voted, skips] = await Promise.all([votedPairs(reviewerId, filter, fingerprint), skippedPairs(reviewerId, filter)]);
  const done = new Map(voted);
  for (const [key, n] of skips) done.set(key, (done.get(key) ?? 0) + n);
  return done;
}

async function votedPairs(reviewerId: string, filter: QueueFilter, fingerprint: string): Promise<Map<string, number>> {
  const key = keyOf(reviewerId, filter);
  const entry = kept.get(key);
  const usable = entry?.fingerprint === fingerprint ? entry : undefined;
  const [now] = await db().$queryRaw<Array<{ votes: number; newest: string | null; fresh: number }>>`
    SELECT count(*)::int AS votes,
      (SELECT n.id::text FROM "Vote" n WHERE n."reviewerId" = ${reviewerId}::uuid ORDER BY n.id DESC LIMIT 1) AS newest,
      count(*) FILTER (WHERE ${usable?.newest ? Prisma.sql`id > ${usable.newest}::uuid` : Prisma.sql`true`})::int AS fresh
    FROM "Vote" WHERE "reviewerId" = ${reviewerId}::uuid`;
  const { votes, newest, fresh } = now!;
  if (usable && usable.votes === votes) return usable.counts;
  // Only votes newer than the newest counted are new: count those on top. Else all again.
  const base = usable && usable.votes + fresh === votes ? usable : undefined;
  const counted = await countVotes(reviewerId, filter, base?.newest ?? null, newest);
  const counts = new Map<string, number>(base?.counts ?? []);
  for (const [pair, n] of counted.counts) counts.set(pair, (counts.get(pair) ?? 0) + n);
  kept.delete(key);
  kept.set(key, { fingerprint, votes: (base?.votes ?? 0) + counted.votes, newest, counts });
  if (kept.size > MAX_ENTRIES) kept.delete(kept.keys().next().value!);
  return counts;
}

/** The reviewer's votes with after < id ≤ upto that are candidates, per variant pair, and how
 * many votes that range held (candidates or not): what the kept count then covers. */
async function countVotes(reviewerId: string, filter: QueueFilter, after: string | null, upto: string | null) {
  if (upto === null) return { votes: 0, counts: new Map<string, number>() };
  const rows = await db().$queryRaw<Array<{ x: string | null; y: string | null; n: number }>>`
    WITH d AS MATERIALIZED (
      SELECT v."completionAId" AS "aId", v."completionBId" AS "bId" FROM "Vote" v
      WHERE v."reviewerId" = ${reviewerId}::uuid AND v.id <= ${upto}::uuid ${after ? Prisma.sql`AND v.id > ${after}::uuid` : Prisma.empty})
    SELECT LEAST(c.va, c.vb) AS x, GREATEST(c.va, c.vb) AS y, count(*)::int AS n
    FROM (${candidates(filter, { pairs: Prisma.sql`SELECT * FROM d` })}) c GROUP BY 1, 2
    UNION ALL SELECT NULL, NULL, count(*)::int FROM d`;
  const counts = new Map<string, number>();
  let votes = 0;
  for (const row of rows) {
    if (row.x === null) votes = row.n;
    else counts.set(`${row.x}|${row.y}`, row.n);
  }
  return { votes, counts };
}

async function skippedPairs(reviewerId: string, filter: QueueFilter): Promise<Map<string, number>> {
  const [skipA, skipB] = skipped(filter.skip ?? []);
  if (skipA.length === 0) return new Map();
  const rows = await db().$queryRaw<Array<{ x: string; y: string; n: number }>>`
    SELECT LEAST(c.va, c.vb) AS x, GREATEST(c.va, c.vb) AS y, count(*)::int AS n
    FROM (${candidates(filter, {
      pairs: Prisma.sql`SELECT DISTINCT s."aId", s."bId" FROM unnest(${skipA}::uuid[], ${skipB}::uuid[]) AS s("aId", "bId")
        WHERE NOT EXISTS (SELECT 1 FROM "Vote" v WHERE v."completionAId" = s."aId" AND v."completionBId" = s."bId" AND v."reviewerId" = ${reviewerId}::uuid)`,
    })}) c GROUP BY 1, 2`;
  return new Map(rows.map((row) => [`${row.x}|${row.y}`, row.n]));
}

/** Counts of this scope are counted again on their next use (see forgetTotals). */
export function forgetDone(filter: QueueFilter) {
  const scope = `|${scopeKey(filter)}`;
  for (const key of kept.keys()) if (key.endsWith(scope)) kept.delete(key);
}
