// The SQL behind the review queue: which pairs a reviewer may still be served. A pair is two
// answers to the same input from different variants, both complete, not a judge's calls, that
// this reviewer has not voted on or skipped: the latest answers of two columns of a compare turn,
// or two variants' answers to the same case and repetition of a replay run. Pairs come out in the
// canonical order votes use (aId < bId).
//
// No request enumerates every candidate pair (100,000 answers make hundreds of thousands):
// - the pairs per variant pair, for everyone, are counted once and kept until an answer is added,
//   finishes or goes (queue-totals.ts);
// - this reviewer's votes that are candidates are counted from their votes, kept, and brought up
//   to date from their new votes (queue-done.ts); skips are counted per request; both subtracted;
// - one pair of two variants is found from a random answer id onwards (an index walk that stops
//   at the first candidate), not by shuffling them all.
import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "../db/client";
import { Prisma } from "../db/generated/client";
import { donePairs } from "./queue-done";
import { candidateFingerprint, candidateTotals } from "./queue-totals";

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

/** What narrows the candidates: the reviewer's own votes and skips left out; only the pairs of
 * a relation of ("aId", "bId") kept (`pairs`: a reviewer's votes or skips, to subtract them from
 * the totals — each looked up, whatever the number of candidates); two variants; answers from
 * `after` on. */
interface Narrowing {
  reviewer?: { id: string; skip: string[] };
  pairs?: Prisma.Sql;
  variants?: { x: string; y: string };
  after?: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The well-formed "aId|bId" skips as two arrays (a malformed one matches no pair anyway). */
export function skipped(skip: string[]): [string[], string[]] {
  const pairs = skip.map((entry) => entry.split("|")).filter((parts): parts is [string, string] => parts.length === 2 && UUID.test(parts[0]!) && UUID.test(parts[1]!));
  return [pairs.map((pair) => pair[0]), pairs.map((pair) => pair[1])];
}

/** The candidate pairs, one query per source: compare turns, then replay runs (run and dataset
 * filters leave out compare turns, whose answers belong to no run). Each yields aId, bId and
 * their variants (va, vb). Kept apart so that a walk in id order can stop in each on its own: in
 * a union ordered as a whole, a source with no answers at all was walked to its end. */
export function candidateSources(filter: QueueFilter, narrowing: Narrowing = {}): Prisma.Sql[] {
  const { reviewer, variants, after } = narrowing;
  const done = narrowing.pairs ? Prisma.sql`(${narrowing.pairs}) d` : null;
  let open = Prisma.empty;
  if (reviewer) {
    const [skipA, skipB] = skipped(reviewer.skip);
    open = Prisma.sql`AND NOT EXISTS (SELECT 1 FROM "Vote" v WHERE v."completionAId" = a.id AND v."completionBId" = b.id AND v."reviewerId" = ${reviewer.id}::uuid)
      AND (a.id, b.id) NOT IN (SELECT * FROM unnest(${skipA}::uuid[], ${skipB}::uuid[]))`;
  }
  const condition = Prisma.sql`a.status = 'done' AND b.status = 'done' AND a."judgingId" IS NULL AND b."judgingId" IS NULL AND a.id < b.id
      ${open}
      ${variants ? Prisma.sql`AND a."variantId" IN (${variants.x}::uuid, ${variants.y}::uuid) AND b."variantId" IN (${variants.x}::uuid, ${variants.y}::uuid)` : Prisma.empty}
      ${after ? Prisma.sql`AND a.id >= ${after}::uuid` : Prisma.empty}
      ${filter.gold ? Prisma.sql`AND EXISTS (SELECT 1 FROM "GoldPair" g WHERE g."completionAId" = a.id AND g."completionBId" = b.id)` : Prisma.empty}`;
  const sameTurn = Prisma.sql`b."turnId" = a."turnId" AND b."columnId" <> a."columnId" AND b."variantId" <> a."variantId"`;
  const turns = Prisma.sql`
    SELECT a.id AS "aId", b.id AS "bId", a."variantId" AS va, b."variantId" AS vb
    FROM ${done ? Prisma.sql`${done} JOIN "Completion" a ON a.id = d."aId" JOIN "Completion" b ON b.id = d."bId" AND ${sameTurn}` : Prisma.sql`"Completion" a JOIN "Completion" b ON ${sameTurn}`}
    WHERE a."turnId" IS NOT NULL AND ${condition}
      AND NOT EXISTS (SELECT 1 FROM "Completion" n WHERE n."turnId" = a."turnId" AND n."columnId" = a."columnId" AND n."createdAt" > a."createdAt")
      AND NOT EXISTS (SELECT 1 FROM "Completion" n WHERE n."turnId" = b."turnId" AND n."columnId" = b."columnId" AND n."createdAt" > b."createdAt")`;
  const sameCase = Prisma.sql`ib."runId" = ia."runId" AND ib."caseKey" = ia."caseKey" AND ib.repetition = ia.repetition AND ib."variantId" <> ia."variantId"`;
  const runs = Prisma.sql`
    SELECT a.id AS "aId", b.id AS "bId", a."variantId" AS va, b."variantId" AS vb
    FROM ${
      done
        ? Prisma.sql`${done} JOIN "Completion" a ON a.id = d."aId" JOIN "Completion" b ON b.id = d."bId"
            JOIN "RunItem" ia ON ia."completionId" = a.id JOIN "RunItem" ib ON ib."completionId" = b.id AND ${sameCase}`
        : Prisma.sql`"RunItem" ia JOIN "RunItem" ib ON ${sameCase}
            JOIN "Completion" a ON a.id = ia."completionId" JOIN "Completion" b ON b.id = ib."completionId"`
    }
    WHERE ia."testCaseId" IS NOT NULL AND ${condition}
      ${after ? Prisma.sql`AND ia."completionId" >= ${after}::uuid` /* the same bound on the item's side: the walk may start there */ : Prisma.empty}
      ${filter.runId ? Prisma.sql`AND ia."runId" = ${filter.runId}::uuid` : Prisma.empty}
      ${filter.datasetId ? Prisma.sql`AND ia."runId" IN (SELECT id FROM "Run" WHERE "datasetId" = ${filter.datasetId}::uuid)` : Prisma.empty}`;
  return filter.runId || filter.datasetId ? [runs] : [turns, runs];
}

/** Every candidate pair (as candidateSources), in one query. */
export function candidates(filter: QueueFilter, narrowing: Narrowing = {}): Prisma.Sql {
  return Prisma.join(candidateSources(filter, narrowing), " UNION ALL ");
}

export interface OpenVariantPair {
  /** The two variants, smaller id first. */
  x: string;
  y: string;
  /** Candidate pairs of these two variants left for this reviewer. */
  open: number;
}

/** Candidate pairs per variant pair: everyone's minus this reviewer's votes and skips (both kept
 * between requests while nothing that makes pairs has changed). */
export async function openVariantPairs(reviewerId: string, filter: QueueFilter): Promise<OpenVariantPair[]> {
  const fingerprint = await candidateFingerprint();
  const [totals, done] = await Promise.all([candidateTotals(filter, fingerprint), donePairs(reviewerId, filter, fingerprint)]);
  return totals.map(({ x, y, n }) => ({ x, y, open: n - (done.get(`${x}|${y}`) ?? 0) })).filter((pair) => pair.open > 0);
}

/** One candidate pair, of two given variants when `variants` is given: the first from a random
 * answer id on (wrapping round to the start), so the database walks the answers' index and stops
 * at the first candidate. Gold pairs are few: those are drawn among all of them. */
export async function oneCandidate(reviewerId: string, filter: QueueFilter, variants?: { x: string; y: string }): Promise<CandidatePair | null> {
  const reviewer = { id: reviewerId, skip: filter.skip ?? [] };
  if (filter.gold) {
    // Started from the gold pairs: one request in ten draws gold, and walking every candidate to
    // find the few gold ones took seconds at 100,000 answers.
    const pairs = Prisma.sql`SELECT g."completionAId" AS "aId", g."completionBId" AS "bId" FROM "GoldPair" g`;
    const [row] = await db().$queryRaw<CandidatePair[]>`SELECT c."aId", c."bId" FROM (${candidates(filter, { reviewer, variants, pairs })}) c ORDER BY random() LIMIT 1`;
    return row ?? null;
  }
  for (const after of [randomUUID(), undefined]) {
    const firsts = candidateSources(filter, { reviewer, variants, after }).map((source) => Prisma.sql`(SELECT c."aId", c."bId" FROM (${source}) c ORDER BY c."aId" LIMIT 1)`);
    const [row] = await db().$queryRaw<CandidatePair[]>`SELECT f."aId", f."bId" FROM (${Prisma.join(firsts, " UNION ALL ")}) f ORDER BY f."aId" LIMIT 1`;
    if (row) return row;
  }
  return null;
}
