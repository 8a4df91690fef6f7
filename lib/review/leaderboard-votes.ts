// The votes a leaderboard fits, by source: human votes (minus reviewers under an active
// exclusion), a judge's verdicts (one vote per verdict, its final choice; verdicts without one
// skipped), or both. Counted per (variant of A, variant of B, choice) — a few dozen rows however
// many votes there are — and, for length control, also per pair of answer lengths.
import "server-only";
import { db } from "../db/client";
import { Prisma } from "../db/generated/client";
import { completionScopeSql } from "./scope";

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

/** The human votes and judge verdicts in scope as (completion A, completion B, choice) rows. */
function votesSql(filter: VoteFilter): Prisma.Sql {
  const parts: Prisma.Sql[] = [];
  if (includesHumans(filter.source)) {
    parts.push(Prisma.sql`SELECT 'human' AS origin, v."completionAId" AS x, v."completionBId" AS y, v.choice FROM "Vote" v
      WHERE ${countedReviewerSql(Prisma.sql`v."reviewerId"`)} ${dateSql(Prisma.sql`v."createdAt"`, filter)}`);
  }
  if (includesJudge(filter.source)) {
    parts.push(Prisma.sql`SELECT 'judge' AS origin, j."completionAId" AS x, j."completionBId" AS y, j.choice FROM "JudgeVerdict" j
      WHERE j.choice IS NOT NULL ${filter.judgingId ? Prisma.sql`AND j."judgingId" = ${filter.judgingId}::uuid` : Prisma.empty}
      ${dateSql(Prisma.sql`j."createdAt"`, filter)}`);
  }
  return Prisma.join(parts, " UNION ALL ");
}

export function voteGroups(filter: VoteFilter): Promise<VoteGroup[]> {
  return db().$queryRaw<VoteGroup[]>`
    SELECT s.origin, ca."variantId" AS a, cb."variantId" AS b, s.choice::text AS choice, count(*)::int AS n
    FROM (${votesSql(filter)}) s JOIN "Completion" ca ON ca.id = s.x JOIN "Completion" cb ON cb.id = s.y
    WHERE ${completionScopeSql("ca", filter)}
    GROUP BY 1, 2, 3, 4`;
}

/** As voteGroups, split further by the two answers' lengths in characters (length control). */
export function lengthGroups(filter: VoteFilter): Promise<LengthGroup[]> {
  return db().$queryRaw<LengthGroup[]>`
    SELECT ca."variantId" AS a, cb."variantId" AS b, s.choice::text AS choice,
      char_length(ca.text) AS "lengthA", char_length(cb.text) AS "lengthB", count(*)::int AS n
    FROM (${votesSql(filter)}) s JOIN "Completion" ca ON ca.id = s.x JOIN "Completion" cb ON cb.id = s.y
    WHERE ${completionScopeSql("ca", filter)}
    GROUP BY 1, 2, 3, 4, 5`;
}
