// What GET /api/v1/leaderboard answers, as zod: the route declares it, so the OpenAPI document and
// the typed client (lib/api-client/leaderboard.ts) follow it. lib/review/leaderboard.ts computes
// the board; the compiler checks its result against this where the route returns it.
import { z } from "zod";

const share = z.object({ successes: z.number().int(), n: z.number().int(), share: z.number().nullable(), low: z.number(), high: z.number() });
const alphaInterval = z.object({ alpha: z.number().nullable(), low: z.number().nullable(), high: z.number().nullable() });
const rating = z.object({ id: z.string(), rating: z.number(), low: z.number(), high: z.number() });

const judgeSchema = z.object({
  judgings: z.array(z.object({ id: z.string(), judge: z.string(), rubric: z.string(), verdicts: z.number().int() })).describe("Every judging with verdicts in scope, for the judging filter."),
  panels: z.array(
    z.object({
      judgingId: z.string(),
      judge: z.string(),
      rubric: z.string(),
      run: z.string(),
      verdicts: z.number().int(),
      consistency: share.describe("Position consistency: verdicts that survive swapping the two answers."),
      agreement: z.object({
        sharedPairs: z.number().int(),
        tooFew: z.boolean(),
        raw: share.extend({ split: z.number().int() }),
        nominal: alphaInterval,
        ordinal: alphaInterval,
      }),
    }),
  ),
});

export const leaderboardSchema = z.object({
  leaderboard: z.object({
    source: z.enum(["humans", "judge", "both"]),
    judgingId: z.string().nullable(),
    totalVotes: z.number().int(),
    humanVotes: z.number().int(),
    judgeVerdicts: z.number().int(),
    excludedReviewers: z.number().int(),
    fittedVotes: z.number().int(),
    bothBad: z.number().int(),
    variants: z
      .array(
        rating.extend({
          group: z.number().int().describe("Ratings compare only within a group (0: the group with the most votes)."),
          wins: z.number().int(),
          losses: z.number().int(),
          ties: z.number().int(),
          flag: z.enum(["no-losses", "no-wins"]).nullable(),
          votes: z.number().int(),
          name: z.string(),
          model: z.string(),
          simulated: z.boolean(),
          lengthControlled: rating.nullable(),
        }),
      )
      .describe("Bradley–Terry ratings with bootstrap 95 % intervals, by group then rating."),
    lengthControl: z.object({ gamma: z.object({ estimate: z.number(), low: z.number(), high: z.number() }), scale: z.number() }).nullable(),
    groups: z.array(z.object({ group: z.number().int(), votes: z.number().int(), variants: z.array(z.string()) })),
    matrix: z.array(
      z.object({ a: z.string(), b: z.string(), aWins: z.number().int(), bWins: z.number().int(), ties: z.number().int(), bothBad: z.number().int(), n: z.number().int(), winRateA: z.number().nullable() }),
    ),
    separation: z.array(
      z.object({
        above: z.string(),
        below: z.string(),
        group: z.number().int(),
        overlapping: z.boolean(),
        headToHead: z.number().int(),
        votesNeeded: z.number().int().nullable(),
        moreVotesNeeded: z.number().int().nullable(),
        effectivelyTied: z.boolean(),
      }),
    ),
    ratings: z.array(z.object({ variantId: z.string(), criterion: z.string(), n: z.number().int(), mean: z.number(), low: z.number().nullable(), high: z.number().nullable(), name: z.string() })),
    agreement: z.object({
      votes: alphaInterval.pick({ alpha: true }).extend({ sharedItems: z.number().int(), level: z.literal("nominal") }),
      ratings: alphaInterval.pick({ alpha: true }).extend({ sharedItems: z.number().int(), level: z.literal("ordinal") }),
    }),
    judge: judgeSchema.nullable().describe("With source judge or both: the judgings and each one's consistency and agreement with the humans."),
  }),
});
