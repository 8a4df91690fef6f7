// The SQL behind the review queue: which pairs a reviewer may still be served. A pair is two
// answers to the same input from different variants, both complete, not a judge's calls, that
// this reviewer has not voted on or skipped: the latest answers of two columns of a compare turn,
// or two variants' answers to the same case and repetition of a replay run. Pairs come out in the
// canonical order votes use (aId < bId). The queue asks for counts per variant pair first and then
// for one pair, so no request ships every candidate pair to the server.
import "server-only";
import { db } from "../db/client";
import { Prisma } from "../db/generated/client";

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

/** Candidate pairs with their variants (va of aId, vb of bId). Run and dataset filters leave out
 * compare turns, whose answers belong to no run. */
function candidates(reviewerId: string, filter: QueueFilter): Prisma.Sql {
  const open = (a: string, b: string) => {
    const [x, y] = [Prisma.raw(a), Prisma.raw(b)];
    return Prisma.sql`${x}.status = 'done' AND ${y}.status = 'done' AND ${x}."judgingId" IS NULL AND ${y}."judgingId" IS NULL
      AND NOT EXISTS (SELECT 1 FROM "Vote" v WHERE v."completionAId" = ${x}.id AND v."completionBId" = ${y}.id AND v."reviewerId" = ${reviewerId}::uuid)
      ${filter.skip?.length ? Prisma.sql`AND NOT ((${x}.id::text || '|' || ${y}.id::text) = ANY(${filter.skip}::text[]))` : Prisma.empty}
      ${filter.gold ? Prisma.sql`AND EXISTS (SELECT 1 FROM "GoldPair" g WHERE g."completionAId" = ${x}.id AND g."completionBId" = ${y}.id)` : Prisma.empty}`;
  };
  const turns = Prisma.sql`
    SELECT a.id AS "aId", b.id AS "bId", a."variantId" AS va, b."variantId" AS vb
    FROM "Completion" a
    JOIN "Completion" b ON b."turnId" = a."turnId" AND a.id < b.id AND b."columnId" <> a."columnId" AND b."variantId" <> a."variantId"
    WHERE a."turnId" IS NOT NULL AND ${open("a", "b")}
      AND NOT EXISTS (SELECT 1 FROM "Completion" n WHERE n."turnId" = a."turnId" AND n."columnId" = a."columnId" AND n."createdAt" > a."createdAt")
      AND NOT EXISTS (SELECT 1 FROM "Completion" n WHERE n."turnId" = b."turnId" AND n."columnId" = b."columnId" AND n."createdAt" > b."createdAt")`;
  const runs = Prisma.sql`
    SELECT a.id AS "aId", b.id AS "bId", a."variantId" AS va, b."variantId" AS vb
    FROM "RunItem" ia
    JOIN "RunItem" ib ON ib."runId" = ia."runId" AND ib."caseKey" = ia."caseKey" AND ib.repetition = ia.repetition AND ib."variantId" <> ia."variantId"
    JOIN "Completion" a ON a.id = ia."completionId"
    JOIN "Completion" b ON b.id = ib."completionId"
    WHERE ia."testCaseId" IS NOT NULL AND a.id < b.id AND ${open("a", "b")}
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

export async function openVariantPairs(reviewerId: string, filter: QueueFilter): Promise<OpenVariantPair[]> {
  const rows = await db().$queryRaw<Array<{ x: string; y: string; open: number }>>`
    SELECT LEAST(c.va, c.vb) AS x, GREATEST(c.va, c.vb) AS y, count(*)::int AS open
    FROM (${candidates(reviewerId, filter)}) c
    GROUP BY 1, 2`;
  return rows;
}

/** One candidate pair at random, of two given variants when `variants` is given. */
export async function oneCandidate(reviewerId: string, filter: QueueFilter, variants?: { x: string; y: string }): Promise<CandidatePair | null> {
  const [row] = await db().$queryRaw<CandidatePair[]>`
    SELECT c."aId", c."bId" FROM (${candidates(reviewerId, filter)}) c
    ${variants ? Prisma.sql`WHERE LEAST(c.va, c.vb) = ${variants.x}::uuid AND GREATEST(c.va, c.vb) = ${variants.y}::uuid` : Prisma.empty}
    ORDER BY random() LIMIT 1`;
  return row ?? null;
}
