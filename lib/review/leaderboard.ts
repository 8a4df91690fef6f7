// The leaderboard: Bradley–Terry ratings from pairwise votes with bootstrap intervals (honest at a
// handful of votes: see lib/stats/bradley-terry-intervals.ts), groups of variants that votes never
// connected, flags for variants that never lost or never won, how many votes would separate
// neighbours, the win-rate matrix and vote counts, mean ratings per criterion with intervals, and
// inter-rater agreement. Ties count half a win each; "both bad" votes are counted but not fitted.
// The votes come from humans, a judge, or both (leaderboard-votes.ts); reviewers under an active
// exclusion are left out everywhere. With a judge: its consistency and agreement with the humans
// (judge-board.ts). On request, length-controlled ratings beside the plain ones.
import "server-only";
import { z } from "zod";
import { db } from "../db/client";
import { Prisma } from "../db/generated/client";
import type { CountedOutcome } from "../stats/bradley-terry";
import { lengthControlledRatings, type LengthOutcome } from "../stats/bradley-terry-covariate";
import { bootstrapRatings } from "../stats/bradley-terry-intervals";
import { krippendorffAlpha } from "../stats/krippendorff";
import { neighbourSeparation } from "../stats/rating-separation";
import { judgeBoard } from "./judge-board";
import { countedReviewer, countedReviewerSql, lengthGroups, voteGroups, type Choice, type VoteFilter } from "./leaderboard-votes";
import { answerScopeSql, completionScope, reviewScopeSchema } from "./scope";

export const leaderboardQuerySchema = z.object({
  ...reviewScopeSchema,
  from: z.coerce.date().optional(),
  to: z.coerce.date().optional(),
  criterion: z.string().max(60).optional(),
  resamples: z.coerce.number().int().min(100).max(5000).default(1000),
  source: z.enum(["humans", "judge", "both"]).default("humans"),
  judgingId: z.uuid().optional(),
  lengthControl: z.union([z.boolean(), z.enum(["true", "false"]).transform((value) => value === "true")]).default(false),
});

// Bootstraps are seeded, so the same votes always give the same board: boards are kept per
// filter until a vote, rating, variant, judge verdict or exclusion changes (the fingerprint).
// Verdicts have no updatedAt, so a checksum of their ids and outcomes stands in for it.
// Per process; a few filters.
const holder = globalThis as unknown as { juxtaBoards?: Map<string, { fingerprint: string; board: Leaderboard }> };
const boards = (holder.juxtaBoards ??= new Map());
const MAX_BOARDS = 20;

async function fingerprint(): Promise<string> {
  const [row] = await db().$queryRaw<Array<{ value: string }>>`
    SELECT concat_ws('|',
      (SELECT count(*) || ':' || coalesce(max("updatedAt")::text, '') FROM "Vote"),
      (SELECT count(*) || ':' || coalesce(max("updatedAt")::text, '') FROM "Rating"),
      (SELECT coalesce(max("updatedAt")::text, '') FROM "Variant"),
      (SELECT count(*) || ':' || coalesce(sum(hashtext(id::text || coalesce(choice::text, '-') || coalesce(consistent::text, '-')))::text, '') FROM "JudgeVerdict"),
      (SELECT count(*) || ':' || coalesce(max("createdAt")::text, '') || ':' || count("endedAt") || ':' || coalesce(max("endedAt")::text, '') FROM "ReviewerExclusion"),
      (SELECT count(*) FROM "Judging")) AS value`;
  return row!.value;
}

export type Leaderboard = Awaited<ReturnType<typeof computeLeaderboard>>;

export async function leaderboard(input: z.input<typeof leaderboardQuerySchema>): Promise<Leaderboard> {
  const query = leaderboardQuerySchema.parse(input);
  const key = JSON.stringify(query);
  const current = await fingerprint();
  const kept = boards.get(key);
  if (kept?.fingerprint === current) return kept.board;
  const board = await computeLeaderboard(query);
  boards.delete(key);
  boards.set(key, { fingerprint: current, board });
  if (boards.size > MAX_BOARDS) boards.delete(boards.keys().next().value!);
  return board;
}

export async function computeLeaderboard(query: z.infer<typeof leaderboardQuerySchema>) {
  const inScope = completionScope(query);
  const [groups, ratings, excludedReviewers, agreed] = await Promise.all([
    voteGroups(query),
    meanRatings(query.criterion, inScope),
    db().user.count({ where: { exclusions: { some: { endedAt: null } } } }),
    agreement(query, inScope),
  ]);
  const variantRows = await db().variant.findMany({
    // Rated variants need names too, voted on or not.
    where: { id: { in: [...new Set([...groups.flatMap((group) => [group.a, group.b]), ...ratings.map((rating) => rating.variantId)])] } },
    select: { id: true, name: true, model: { select: { displayName: true, provider: { select: { kind: true } } } } },
  });
  const names = new Map(variantRows.map((row) => [row.id, { name: row.name, model: row.model.displayName, simulated: row.model.provider.kind === "simulated" }]));
  // One row per (variant A, variant B, outcome) with its count: the fit reads the tally alone.
  const outcomes: CountedOutcome[] = [];
  const pairs = new Map<string, { a: string; b: string; aWins: number; bWins: number; ties: number; bothBad: number }>();
  let bothBad = 0;
  let totalVotes = 0;
  let judgeVerdicts = 0;
  let fittedVotes = 0;
  for (const { origin, a, b, choice, n } of groups) {
    totalVotes += n;
    if (origin === "judge") judgeVerdicts += n;
    if (a === b) continue; // two answers of one variant say nothing about ranking
    const [first, second, flip] = a < b ? [a, b, false] : [b, a, true];
    const key = `${first}|${second}`;
    const pair = pairs.get(key) ?? { a: first, b: second, aWins: 0, bWins: 0, ties: 0, bothBad: 0 };
    pairs.set(key, pair);
    if (choice === "both_bad") {
      bothBad += n;
      pair.bothBad += n;
      continue;
    }
    const scoreA = choice === "tie" ? 0.5 : choice === "a" ? 1 : 0;
    outcomes.push({ a, b, scoreA, n });
    fittedVotes += n;
    const scoreFirst = flip ? 1 - scoreA : scoreA;
    if (scoreFirst === 1) pair.aWins += n;
    else if (scoreFirst === 0) pair.bWins += n;
    else pair.ties += n;
  }

  const rated = outcomes.length > 0 ? bootstrapRatings(outcomes, { resamples: query.resamples, seed: 7 }) : [];
  const decided = (pair: { aWins: number; bWins: number; ties: number }) => pair.aWins + pair.bWins + pair.ties;
  const headToHead = (a: string, b: string) => {
    const pair = pairs.get(a < b ? `${a}|${b}` : `${b}|${a}`);
    return pair ? decided(pair) : 0;
  };
  const groupCount = rated.reduce((count, player) => Math.max(count, player.group + 1), 0);
  // Every fitted vote is between two variants of one group; count it once, at its first variant.
  const groupOf = new Map(rated.map((player) => [player.id, player.group]));
  const groupVotes = Array.from({ length: groupCount }, () => 0);
  for (const pair of pairs.values()) if (groupOf.has(pair.a)) groupVotes[groupOf.get(pair.a)!]! += decided(pair);
  const separation = neighbourSeparation(rated, headToHead, groupVotes);
  const lengthControl = query.lengthControl && outcomes.length > 0 ? await lengthControlled(query) : null;

  return {
    source: query.source,
    judgingId: query.judgingId ?? null,
    totalVotes,
    humanVotes: totalVotes - judgeVerdicts,
    judgeVerdicts,
    excludedReviewers,
    fittedVotes,
    bothBad,
    variants: rated.map((player) => ({
      ...player,
      votes: player.wins + player.losses + player.ties,
      ...names.get(player.id)!,
      lengthControlled: lengthControl?.players.find((controlled) => controlled.id === player.id) ?? null,
    })),
    lengthControl: lengthControl && { gamma: lengthControl.gamma, scale: lengthControl.scale },
    groups: groupVotes.map((votes, group) => ({ group, votes, variants: rated.filter((player) => player.group === group).map((player) => player.id) })),
    matrix: [...pairs.values()].map((pair) => {
      const n = decided(pair);
      return { ...pair, n, winRateA: n > 0 ? (pair.aWins + pair.ties / 2) / n : null };
    }),
    separation,
    ratings: ratings.map((rating) => ({ ...rating, name: names.get(rating.variantId)?.name ?? "?" })),
    agreement: agreed,
    judge: query.source === "humans" ? null : await judgeBoard(query, { resamples: query.resamples }),
  };
}

/** Length-controlled ratings from the same votes, vote by vote with both answers' lengths. */
async function lengthControlled(filter: VoteFilter & { resamples: number }) {
  const outcomes: LengthOutcome[] = [];
  for (const { a, b, choice, n, lengthA, lengthB } of await lengthGroups(filter)) {
    if (a === b || choice === "both_bad") continue;
    const scoreA = choice === "tie" ? 0.5 : choice === "a" ? 1 : 0;
    for (let k = 0; k < n; k++) outcomes.push({ a, b, scoreA, lengthA, lengthB });
  }
  // Each resample refits vote by vote (the plain fit tallies pairs), so at most 1,000 of them.
  return lengthControlledRatings(outcomes, { resamples: Math.min(filter.resamples, 1000), seed: 7 });
}

async function meanRatings(criterion: string | undefined, inScope: Prisma.CompletionWhereInput) {
  const ratings = await db().rating.findMany({ where: { ...(criterion && { criterion }), completion: inScope, reviewer: countedReviewer }, include: { completion: { select: { variantId: true } } } });
  const groups = new Map<string, number[]>();
  for (const rating of ratings) append(groups, `${rating.completion.variantId}|${rating.criterion}`, rating.score);
  return [...groups.entries()].map(([key, scores]) => {
    const [variantId, name] = key.split("|") as [string, string];
    const n = scores.length;
    const mean = scores.reduce((sum, score) => sum + score, 0) / n;
    const sd = n > 1 ? Math.sqrt(scores.reduce((sum, score) => sum + (score - mean) ** 2, 0) / (n - 1)) : null;
    // Normal-approximation 95 % interval of the mean; none from a single rating.
    const half = sd === null ? null : (1.96 * sd) / Math.sqrt(n);
    return { variantId, criterion: name, n, mean, low: half === null ? null : mean - half, high: half === null ? null : mean + half };
  });
}

/** Appends in place: copying the list on every value made large groups quadratic. */
function append(groups: Map<string, number[]>, key: string, value: number) {
  const list = groups.get(key);
  if (list) list.push(value);
  else groups.set(key, [value]);
}

/** Krippendorff's alpha where two or more (counted) reviewers judged the same items: votes (nominal, per
 * pair: a, b, tie and both bad have no order) and ratings (ordinal, per answer and criterion: a
 * 1–5 score says 4 is better than 3, not that the steps are equal). A pair voted once says
 * nothing about agreement (alpha skips it), so only pairs with two or more votes are read: those
 * VotedPair lists (kept from the votes by triggers), not every vote grouped by pair — at 100,000
 * votes the grouping alone was 134 ms, most of the board. The scope is checked once per pair
 * (both answers of a pair belong to one input), then each pair's counted reviewers' votes are
 * looked up by the pair's key. */
export async function agreement(scope: { sessionId?: string; runId?: string; datasetId?: string }, inScope: Prisma.CompletionWhereInput) {
  const code = { a: 0, b: 1, tie: 2, both_bad: 3 } as const;
  const pairs = await db().$queryRaw<Array<{ choices: Choice[] }>>`
    SELECT c.choices
    FROM "VotedPair" p, LATERAL (
      SELECT array_agg(v.choice::text ORDER BY v."reviewerId") AS choices, count(*) AS n FROM "Vote" v
      WHERE v."completionAId" = p."completionAId" AND v."completionBId" = p."completionBId" AND ${countedReviewerSql(Prisma.sql`v."reviewerId"`)}) c
    WHERE p.votes >= 2 AND ${answerScopeSql(Prisma.sql`p."completionAId"`, scope)} AND c.n >= 2
    ORDER BY p."completionAId", p."completionBId"`;
  const voteUnits = pairs.map((row) => row.choices.map((choice) => code[choice]));
  const ratings = await db().rating.findMany({ where: { completion: inScope, reviewer: countedReviewer }, select: { completionId: true, criterion: true, score: true } });
  const ratingUnits = new Map<string, number[]>();
  for (const rating of ratings) append(ratingUnits, `${rating.completionId}|${rating.criterion}`, rating.score);
  const shared = (units: Map<string, number[]>) => [...units.values()].filter((values) => values.length >= 2).length;
  return {
    votes: { alpha: krippendorffAlpha(voteUnits, "nominal"), sharedItems: voteUnits.length, level: "nominal" as const },
    ratings: { alpha: krippendorffAlpha([...ratingUnits.values()], "ordinal"), sharedItems: shared(ratingUnits), level: "ordinal" as const },
  };
}
