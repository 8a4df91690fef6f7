// The SQL behind the review queue: which pairs a reviewer may still be served. A pair is two
// answers to the same input from different variants, both complete, not a judge's calls, that
// this reviewer has not voted on or skipped: the latest answers of two columns of a compare turn,
// or two variants' answers to the same case and repetition of a replay run. Pairs come out in the
// canonical order votes use (aId < bId).
//
// No request enumerates every candidate pair (100,000 answers make hundreds of thousands):
// - the pairs per variant pair, for everyone, are counted once and kept until an answer is added,
//   finishes or goes (queue-totals.ts);
// - this reviewer's votes and skips that are candidates are counted from their votes, and
//   subtracted;
// - one pair of two variants is found from a random answer id onwards (an index walk that stops
//   at the first candidate), not by shuffling them all.
import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "../db/client";
import { Prisma } from "../db/generated/client";
import { candidateTotals } from "./queue-totals";

export interface QueueFilter {
  /** Only pairs from this replay run. */
  runId?: string;
  /** Only pairs from runs over this dataset. */
  datasetId?: string;
  /** Only gold pairs. */
  gold?: boolean;
  /** "aId|bId" pairs passed over in this sitting. */
  skip?: string[];
}

export interface CandidatePair {
  aId: string;
  bId: string;
}

/** What narrows the candidates: the reviewer's own votes and skips left out (`open`), or only
 * them kept (`done`, to subtract them from the totals); two variants; answers from `after` on. */
interface Narrowing {
  reviewer?: { id: string; skip: string[]; mode: "open" | "done" };
  variants?: { x: string; y: string };
  after?: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The well-formed "aId|bId" skips as two arrays (a malformed one matches no pair anyway). */
function skipped(skip: string[]): [string[], string[]] {
  const pairs = skip.map((entry) => entry.split("|")).filter((parts): parts is [string, string] => parts.length === 2 && UUID.test(parts[0]!) && UUID.test(parts[1]!));
  return [pairs.map((pair) => pair[0]), pairs.map((pair) => pair[1])];
}

/** Candidate pairs with their variants (va of aId, vb of bId). Run and dataset filters leave out
 * compare turns, whose answers belong to no run. */
export function candidates(filter: QueueFilter, narrowing: Narrowing = {}): Prisma.Sql {
  const { reviewer, variants, after } = narrowing;
  const condition = (a: string, b: string) => {
    const [x, y] = [Prisma.raw(a), Prisma.raw(b)];
    let reviewed = Prisma.empty;
    if (reviewer) {
      const [skipA, skipB] = skipped(reviewer.skip);
      const skips = Prisma.sql`SELECT * FROM unnest(${skipA}::uuid[], ${skipB}::uuid[])`;
      // Left out: an anti-join per candidate. Kept only: a semi-join the database can start from
      // the reviewer's votes, so it never walks the other candidates.
      reviewed =
        reviewer.mode === "open"
          ? Prisma.sql`AND NOT EXISTS (SELECT 1 FROM "Vote" v WHERE v."completionAId" = ${x}.id AND v."completionBId" = ${y}.id AND v."reviewerId" = ${reviewer.id}::uuid)
              AND (${x}.id, ${y}.id) NOT IN (${skips})`
          : Prisma.sql`AND (${x}.id, ${y}.id) IN (SELECT v."completionAId", v."completionBId" FROM "Vote" v WHERE v."reviewerId" = ${reviewer.id}::uuid UNION ${skips})`;
    }
    return Prisma.sql`${x}.status = 'done' AND ${y}.status = 'done' AND ${x}."judgingId" IS NULL AND ${y}."judgingId" IS NULL
      ${reviewed}
      ${variants ? Prisma.sql`AND ${x}."variantId" IN (${variants.x}::uuid, ${variants.y}::uuid) AND ${y}."variantId" IN (${variants.x}::uuid, ${variants.y}::uuid)` : Prisma.empty}
      ${after ? Prisma.sql`AND ${x}.id >= ${after}::uuid` : Prisma.empty}
      ${filter.gold ? Prisma.sql`AND EXISTS (SELECT 1 FROM "GoldPair" g WHERE g."completionAId" = ${x}.id AND g."completionBId" = ${y}.id)` : Prisma.empty}`;
  };
  const turns = Prisma.sql`
    SELECT a.id AS "aId", b.id AS "bId", a."variantId" AS va, b."variantId" AS vb
    FROM "Completion" a
    JOIN "Completion" b ON b."turnId" = a."turnId" AND a.id < b.id AND b."columnId" <> a."columnId" AND b."variantId" <> a."variantId"
    WHERE a."turnId" IS NOT NULL AND ${condition("a", "b")}
      AND NOT EXISTS (SELECT 1 FROM "Completion" n WHERE n."turnId" = a."turnId" AND n."columnId" = a."columnId" AND n."createdAt" > a."createdAt")
      AND NOT EXISTS (SELECT 1 FROM "Completion" n WHERE n."turnId" = b."turnId" AND n."columnId" = b."columnId" AND n."createdAt" > b."createdAt")`;
  const runs = Prisma.sql`
    SELECT a.id AS "aId", b.id AS "bId", a."variantId" AS va, b."variantId" AS vb
    FROM "RunItem" ia
    JOIN "RunItem" ib ON ib."runId" = ia."runId" AND ib."caseKey" = ia."caseKey" AND ib.repetition = ia.repetition AND ib."variantId" <> ia."variantId"
    JOIN "Completion" a ON a.id = ia."completionId"
    JOIN "Completion" b ON b.id = ib."completionId"
    WHERE ia."testCaseId" IS NOT NULL AND a.id < b.id AND ${condition("a", "b")}
      ${filter.runId ? Prisma.sql`AND ia."runId" = ${filter.runId}::uuid` : Prisma.empty}
      ${filter.datasetId ? Prisma.sql`AND ia."runId" IN (SELECT id FROM "Run" WHERE "datasetId" = ${filter.datasetId}::uuid)` : Prisma.empty}`;
  return filter.runId || filter.datasetId ? runs : Prisma.sql`${turns} UNION ALL ${runs}`;
}

export interface OpenVariantPair {
  /** The two variants, smaller id first. */
  x: string;
  y: string;
  /** Candidate pairs of these two variants left for this reviewer. */
  open: number;
}

/** Candidate pairs per variant pair: everyone's (kept) minus this reviewer's votes and skips. */
export async function openVariantPairs(reviewerId: string, filter: QueueFilter): Promise<OpenVariantPair[]> {
  const [totals, theirs] = await Promise.all([
    candidateTotals(filter),
    db().$queryRaw<Array<{ x: string; y: string; n: number }>>`
      SELECT LEAST(c.va, c.vb) AS x, GREATEST(c.va, c.vb) AS y, count(*)::int AS n
      FROM (${candidates(filter, { reviewer: { id: reviewerId, skip: filter.skip ?? [], mode: "done" } })}) c
      GROUP BY 1, 2`,
  ]);
  const done = new Map(theirs.map((row) => [`${row.x}|${row.y}`, row.n]));
  return totals.map(({ x, y, n }) => ({ x, y, open: n - (done.get(`${x}|${y}`) ?? 0) })).filter((pair) => pair.open > 0);
}

/** One candidate pair, of two given variants when `variants` is given: the first from a random
 * answer id on (wrapping round to the start), so the database walks the answers' index and stops
 * at the first candidate. Gold pairs are few: those are drawn among all of them. */
export async function oneCandidate(reviewerId: string, filter: QueueFilter, variants?: { x: string; y: string }): Promise<CandidatePair | null> {
  const reviewer = { id: reviewerId, skip: filter.skip ?? [], mode: "open" as const };
  if (filter.gold) {
    const [row] = await db().$queryRaw<CandidatePair[]>`SELECT c."aId", c."bId" FROM (${candidates(filter, { reviewer, variants })}) c ORDER BY random() LIMIT 1`;
    return row ?? null;
  }
  for (const after of [randomUUID(), undefined]) {
    const [row] = await db().$queryRaw<CandidatePair[]>`SELECT c."aId", c."bId" FROM (${candidates(filter, { reviewer, variants, after })}) c ORDER BY c."aId" LIMIT 1`;
    if (row) return row;
  }
  return null;
}
