// The leaderboard: Bradley–Terry ratings from pairwise votes with bootstrap intervals, the
// win-rate matrix and vote counts, mean ratings per criterion with intervals, and inter-rater
// agreement. Ties count half a win each; "both bad" votes are counted but not fitted.
import { z } from "zod";
import { db } from "../db/client";
import { Prisma } from "../db/generated/client";
import { bootstrapRatings, votesToSeparate, type PairOutcome } from "../stats/bradley-terry";
import { krippendorffAlpha } from "../stats/krippendorff";
import { completionScope, completionScopeSql, reviewScopeSchema } from "./scope";

export const leaderboardQuerySchema = z.object({
  ...reviewScopeSchema,
  from: z.coerce.date().optional(),
  to: z.coerce.date().optional(),
  criterion: z.string().max(60).optional(),
  resamples: z.coerce.number().int().min(100).max(5000).default(1000),
});

interface VoteGroup {
  a: string;
  b: string;
  choice: "a" | "b" | "tie" | "both_bad";
  n: number;
}

/** Votes in scope, counted per (variant of A, variant of B, choice): a few dozen rows however many
 * votes there are, instead of every vote with both answers loaded. */
function voteGroups(query: z.infer<typeof leaderboardQuerySchema>): Promise<VoteGroup[]> {
  return db().$queryRaw<VoteGroup[]>`
    SELECT ca."variantId" AS a, cb."variantId" AS b, v.choice::text AS choice, count(*)::int AS n
    FROM "Vote" v JOIN "Completion" ca ON ca.id = v."completionAId" JOIN "Completion" cb ON cb.id = v."completionBId"
    WHERE ${completionScopeSql("ca", query)}
      ${query.from ? Prisma.sql`AND v."createdAt" >= ${query.from}` : Prisma.empty}
      ${query.to ? Prisma.sql`AND v."createdAt" <= ${query.to}` : Prisma.empty}
    GROUP BY 1, 2, 3`;
}

// Bootstraps are seeded, so the same votes always give the same board: boards are kept per
// filter until a vote, rating or variant changes (the fingerprint). Per process; a few filters.
const holder = globalThis as unknown as { juxtaBoards?: Map<string, { fingerprint: string; board: Leaderboard }> };
const boards = (holder.juxtaBoards ??= new Map());
const MAX_BOARDS = 20;

async function fingerprint(): Promise<string> {
  const [row] = await db().$queryRaw<Array<{ value: string }>>`
    SELECT concat_ws('|',
      (SELECT count(*) || ':' || coalesce(max("updatedAt")::text, '') FROM "Vote"),
      (SELECT count(*) || ':' || coalesce(max("updatedAt")::text, '') FROM "Rating"),
      (SELECT coalesce(max("updatedAt")::text, '') FROM "Variant")) AS value`;
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
  const [groups, ratings] = await Promise.all([voteGroups(query), meanRatings(query.criterion, inScope)]);
  const variantRows = await db().variant.findMany({
    // Rated variants need names too, voted on or not.
    where: { id: { in: [...new Set([...groups.flatMap((group) => [group.a, group.b]), ...ratings.map((rating) => rating.variantId)])] } },
    select: { id: true, name: true, model: { select: { displayName: true, provider: { select: { kind: true } } } } },
  });
  const names = new Map(variantRows.map((row) => [row.id, { name: row.name, model: row.model.displayName, simulated: row.model.provider.kind === "simulated" }]));
  const outcomes: PairOutcome[] = [];
  const pairs = new Map<string, { a: string; b: string; aWins: number; bWins: number; ties: number; bothBad: number }>();
  let bothBad = 0;
  let totalVotes = 0;
  for (const { a, b, choice, n } of groups) {
    totalVotes += n;
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
    for (let k = 0; k < n; k++) outcomes.push({ a, b, scoreA });
    const scoreFirst = flip ? 1 - scoreA : scoreA;
    if (scoreFirst === 1) pair.aWins += n;
    else if (scoreFirst === 0) pair.bWins += n;
    else pair.ties += n;
  }

  const rated = outcomes.length > 0 ? bootstrapRatings(outcomes, { resamples: query.resamples, seed: 7 }) : [];
  const separation = rated.slice(1).map((player, index) => {
    const above = rated[index]!;
    const needed = votesToSeparate(above, player, outcomes.length);
    return { above: above.id, below: player.id, overlapping: above.low <= player.high, moreVotesNeeded: needed };
  });

  return {
    totalVotes,
    fittedVotes: outcomes.length,
    bothBad,
    variants: rated.map((player) => ({ ...player, ...names.get(player.id)! })),
    matrix: [...pairs.values()].map((pair) => {
      const decided = pair.aWins + pair.bWins + pair.ties;
      return { ...pair, n: decided, winRateA: decided > 0 ? (pair.aWins + pair.ties / 2) / decided : null };
    }),
    separation,
    ratings: ratings.map((rating) => ({ ...rating, name: names.get(rating.variantId)?.name ?? "?" })),
    agreement: await agreement(inScope),
  };
}

async function meanRatings(criterion: string | undefined, inScope: Prisma.CompletionWhereInput) {
  const ratings = await db().rating.findMany({ where: { ...(criterion && { criterion }), completion: inScope }, include: { completion: { select: { variantId: true } } } });
  const groups = new Map<string, number[]>();
  for (const rating of ratings) {
    const key = `${rating.completion.variantId}|${rating.criterion}`;
    groups.set(key, [...(groups.get(key) ?? []), rating.score]);
  }
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

/** Krippendorff's alpha where two or more reviewers judged the same items: votes (nominal, per
 * pair) and ratings (interval, per answer and criterion). */
async function agreement(inScope: Prisma.CompletionWhereInput) {
  const code = { a: 0, b: 1, tie: 2, both_bad: 3 } as const;
  const votes = await db().vote.findMany({ where: { completionA: inScope }, select: { completionAId: true, completionBId: true, choice: true } });
  const voteUnits = new Map<string, number[]>();
  for (const vote of votes) voteUnits.set(`${vote.completionAId}|${vote.completionBId}`, [...(voteUnits.get(`${vote.completionAId}|${vote.completionBId}`) ?? []), code[vote.choice]]);
  const ratings = await db().rating.findMany({ where: { completion: inScope }, select: { completionId: true, criterion: true, score: true } });
  const ratingUnits = new Map<string, number[]>();
  for (const rating of ratings) ratingUnits.set(`${rating.completionId}|${rating.criterion}`, [...(ratingUnits.get(`${rating.completionId}|${rating.criterion}`) ?? []), rating.score]);
  const shared = (units: Map<string, number[]>) => [...units.values()].filter((values) => values.length >= 2).length;
  return {
    votes: { alpha: krippendorffAlpha([...voteUnits.values()], "nominal"), sharedItems: shared(voteUnits) },
    ratings: { alpha: krippendorffAlpha([...ratingUnits.values()], "interval"), sharedItems: shared(ratingUnits) },
  };
}
