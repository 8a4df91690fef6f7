// What the review API answers (the queue, votes, rating criteria, reviewers, exclusions and gold
// pairs), as zod: the routes declare these as their responses, so the OpenAPI document, the typed
// client and the services share them.
import "server-only";
import { z } from "zod";
import { isoDate } from "../api/iso-date";
import { VoteChoice } from "../db/generated/enums";

const choice = z.enum(VoteChoice);
const person = z.object({ id: z.string(), name: z.string() });
const interval = z.tuple([z.number(), z.number()]);

export const reviewPairSchema = z.object({
  /** Shown as "A" and "B"; which variant is which is not said until after the vote. */
  left: z.object({ completionId: z.string(), text: z.string() }),
  right: z.object({ completionId: z.string(), text: z.string() }),
  prompt: z.string(),
  remaining: z.number().int().describe("How many pairs this reviewer has left (in the chosen run, dataset or gold pairs)."),
});
export type ReviewPair = z.output<typeof reviewPairSchema>;

export const castVoteSchema = z.object({
  vote: z.object({
    id: z.string(),
    completionAId: z.string(),
    completionBId: z.string(),
    reviewerId: z.string(),
    choice: choice.describe("For the pair in stored order (completionAId, completionBId), whichever side was shown left."),
    reason: z.string().nullable(),
    blind: z.boolean(),
    shownLeftId: z.string().nullable(),
    elapsedMs: z.number().int().nullable(),
    createdAt: isoDate,
    updatedAt: isoDate,
  }),
  revealed: z.object({ left: z.string(), right: z.string() }).nullable().describe("The variants behind the left and right answers, unless a blind session hides them."),
});

export const criteriaSchema = z.object({ criteria: z.array(z.string()) });

export const exclusionViewSchema = z.object({ id: z.string(), reviewerId: z.string(), reason: z.string(), createdAt: isoDate, endedAt: isoDate.nullable(), createdBy: person, endedBy: person.nullable() });
export const oneExclusionSchema = z.object({ exclusion: exclusionViewSchema });

/** A share with its Wilson 95 % interval; rate null when there is nothing to count. */
const share = z.object({ count: z.number().int(), n: z.number().int(), rate: z.number().nullable(), ci95: interval });
export const reviewerQualitySchema = z.object({
  reviewerId: z.string(),
  votes: z.number().int(),
  agreement: share.describe("Leave-one-out: votes matching the majority of the other reviewers on the same pair."),
  leftWins: share.extend({ pValue: z.number().nullable() }).describe("Decisive votes where the answer shown on the left won, with an exact binomial test against 1/2."),
  time: z.object({ timedVotes: z.number().int(), medianMs: z.number().nullable(), tooFast: z.boolean() }),
  gold: share,
  flags: z.array(z.enum(["too-fast", "side-bias", "low-agreement", "low-gold-accuracy"])),
});

export const reviewerRowSchema = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  role: z.string(),
  deactivatedAt: isoDate.nullable(),
  quality: reviewerQualitySchema,
  excluded: exclusionViewSchema.nullable(),
  history: z.array(exclusionViewSchema),
});

const goldPairView = z.object({
  id: z.string(),
  completionAId: z.string(),
  completionBId: z.string(),
  expected: choice,
  note: z.string(),
  createdAt: isoDate,
  createdBy: person,
  variantA: z.string(),
  variantB: z.string(),
});
export const oneGoldPairSchema = z.object({ goldPair: goldPairView });
export const goldPairListSchema = z.object({ goldPairs: z.array(goldPairView.extend({ votes: z.number().int(), correct: z.number().int() })) });

export const annotationRowSchema = z.object({
  id: z.string(),
  completionId: z.string(),
  authorId: z.string(),
  body: z.string(),
  quote: z.string().nullable(),
  quoteStart: z.number().int().nullable(),
  quoteEnd: z.number().int().nullable(),
  createdAt: isoDate,
  updatedAt: isoDate,
});
export const annotationWithAuthorSchema = annotationRowSchema.extend({ author: person });

export const ratingRowSchema = z.object({ id: z.string(), completionId: z.string(), reviewerId: z.string(), criterion: z.string(), score: z.number().int(), createdAt: isoDate, updatedAt: isoDate });

/** Everything reviewers said about one answer: annotations, mean ratings and its vote record. */
export const answerReviewsSchema = z.object({
  annotations: z.array(z.object({ id: z.string(), body: z.string(), quote: z.string().nullable(), quoteStart: z.number().int().nullable(), author: person, createdAt: isoDate })),
  ratings: z.array(z.object({ criterion: z.string(), mean: z.number(), n: z.number().int() })),
  votes: z.object({ won: z.number().int(), lost: z.number().int(), tied: z.number().int(), bothBad: z.number().int() }),
});
