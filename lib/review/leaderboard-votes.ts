// The votes a leaderboard fits, by source: human votes (minus reviewers under an active
// exclusion), a judge's verdicts (one vote per verdict, its final choice; verdicts without one
// skipped), or both. Counted per (variant of A, variant of B, choice) — a few dozen rows however
// many votes there are — and, for length control, also per pair of answer lengths.
import "server-only";
import { db } from "../db/client";
import { Prisma } from "../db/generated/client";
import { answerScopeSql } from "./scope";

export type Source = "humans" | "judge" | "both";
export type Choice = "a" | "b" | "tie" | "both_bad";

export interface VoteFilter {
  sessionId?: string;
  runId?: string;
  datasetId?: string;
  from?: Date;
  to?: Date;
  source: Source;
  judgingId?: string;
}

export interface VoteGroup {
  origin: "human" | "judge";
  a: string;
  b: string;
  choice: Choice;
  n: number;
}

export interface LengthGroup extends Omit<VoteGroup, "origin"> {
  lengthA: number;
  lengthB: number;
}

/** SQL: the reviewer in `column` is not under an exclusion that has not ended. */
export function countedReviewerSql(column: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`NOT EXISTS (SELECT 1 FROM "ReviewerExclusion" x WHERE x."reviewerId" = ${column} AND x."endedAt" IS NULL)`;
}

/** Prisma: the same rule for a relation to the reviewer. */
export const countedReviewer = { exclusions: { none: { endedAt: null } } } satisfies Prisma.UserWhereInput;

const includesHumans = (source: Source) => source !== "judge";
const includesJudge = (source: Source) => source !== "humans";

/** SQL: `column` within the filter's from/to dates. */
export function dateSql(column: Prisma.Sql, filter: VoteFilter): Prisma.Sql {
  return Prisma.sql`${filter.from ? Prisma.sql`AND ${column} >= ${filter.from}` : Prisma.empty}
    ${filter.to ? Prisma.sql`AND ${column} <= ${filter.to}` : Prisma.empty}`;
}

/** The human votes and judge verdicts as (reviewer — null for a verdict —, answer A, answer B,
 * variant of A, variant of B, choice) rows, reviewers under an exclusion included: the callers
 * leave them out, after counting where they can. A vote carries its answers' variants; a
 * verdict's are looked up. */
function votesSql(filter: VoteFilter): Prisma.Sql {
  const parts: Prisma.Sql[] = [];
  if (includesHumans(filter.source)) {
    parts.push(Prisma.sql`SELECT 'human' AS origin, v."reviewerId" AS who, v."completionAId" AS x, v."completionBId" AS y, v."variantAId" AS a, v."variantBId" AS b, v.choice
      FROM "Vote" v WHERE true ${dateSql(Prisma.sql`v."createdAt"`, filter)}`);
  }
  if (includesJudge(filter.source)) {
    parts.push(Prisma.sql`SELECT 'judge' AS origin, NULL::uuid AS who, j."completionAId" AS x, j."completionBId" AS y, ca."variantId" AS a, cb."variantId" AS b, j.choice
      FROM "JudgeVerdict" j JOIN "Completion" ca ON ca.id = j."completionAId" JOIN "Completion" cb ON cb.id = j."completionBId"
      WHERE j.choice IS NOT NULL ${filter.judgingId ? Prisma.sql`AND j."judgingId" = ${filter.judgingId}::uuid` : Prisma.empty}
      ${dateSql(Prisma.sql`j."createdAt"`, filter)}`);
  }
  return Prisma.join(parts, " UNION ALL ");
}

/** A verdict, or a vote of a reviewer not under an exclusion. */
const countedSql = (who: Prisma.Sql) => Prisma.sql`(${who} IS NULL OR ${countedReviewerSql(who)})`;

export function voteGroups(filter: VoteFilter): Promise<VoteGroup[]> {
  // Counted per reviewer first, and the exclusions looked up per count (a few hundred) rather
  // than per vote.
  return db().$queryRaw<VoteGroup[]>`
    SELECT g.origin, g.a, g.b, g.choice::text AS choice, sum(g.n)::int AS n
    FROM (
      SELECT s.origin, s.who, s.a, s.b, s.choice, count(*) AS n FROM (${votesSql(filter)}) s
      WHERE ${answerScopeSql(Prisma.sql`s.x`, filter)}
      GROUP BY 1, 2, 3, 4, 5) g
    WHERE ${countedSql(Prisma.sql`g.who`)}
    GROUP BY 1, 2, 3, 4`;
}

/** As voteGroups, split further by the two answers' lengths in characters (length control). */
export function lengthGroups(filter: VoteFilter): Promise<LengthGroup[]> {
  return db().$queryRaw<LengthGroup[]>`
    SELECT s.a, s.b, s.choice::text AS choice,
      char_length(ca.text) AS "lengthA", char_length(cb.text) AS "lengthB", count(*)::int AS n
    FROM (${votesSql(filter)}) s JOIN "Completion" ca ON ca.id = s.x JOIN "Completion" cb ON cb.id = s.y
    WHERE ${answerScopeSql(Prisma.sql`s.x`, filter)} AND ${countedSql(Prisma.sql`s.who`)}
    GROUP BY 1, 2, 3, 4, 5`;
}
