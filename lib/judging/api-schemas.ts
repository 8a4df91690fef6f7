// What the judging API answers, as zod: the routes declare these as their responses, so the
// OpenAPI document, the typed client (the run page, `juxta judge`) and the services share them.
import "server-only";
import { z } from "zod";
import { isoDate } from "../api/iso-date";
import { JudgingStatus, VoteChoice } from "../db/generated/enums";

const interval = z.tuple([z.number(), z.number()]);

export const judgingViewSchema = z.object({
  id: z.string(),
  runId: z.string(),
  status: z.enum(JudgingStatus),
  error: z.string().nullable(),
  judge: z.object({ id: z.string(), name: z.string() }),
  rubric: z.string(),
  createdBy: z.string(),
  createdAt: isoDate,
  startedAt: isoDate.nullable(),
  finishedAt: isoDate.nullable(),
  progress: z.object({ judged: z.number().int(), total: z.number().int(), errors: z.number().int() }).describe("Pairs with a verdict row (judged, failed or skipped at the budget) of all pairs."),
  consistency: z
    .object({ n: z.number().int(), consistent: z.number().int(), share: z.number().nullable(), ci95: interval.nullable() })
    .describe("Of the pairs both orders gave a verdict on: how many agreed, with a Wilson interval."),
  calls: z.number().int(),
  inputTokens: z.number().int(),
  outputTokens: z.number().int(),
  costUsd: z.number().describe("USD."),
  meanTotalMs: z.number().nullable(),
});
export type JudgingView = z.output<typeof judgingViewSchema>;
export const oneJudgingSchema = z.object({ judging: judgingViewSchema });

const judgedSide = z.object({ completionId: z.string(), variantId: z.string(), variant: z.string() });
const choice = z.enum(VoteChoice).nullable();

export const verdictViewSchema = z.object({
  id: z.string(),
  caseKey: z.string().nullable(),
  repetition: z.number().int().nullable(),
  a: judgedSide,
  b: judgedSide,
  choiceAFirst: choice,
  choiceBFirst: choice,
  reasonAFirst: z.string().nullable(),
  reasonBFirst: z.string().nullable(),
  choice,
  consistent: z.boolean().nullable(),
  error: z.string().nullable(),
});
export type VerdictView = z.output<typeof verdictViewSchema>;

const variantRef = z.object({ id: z.string(), name: z.string() });
export const pairWinsSchema = z.object({
  first: variantRef,
  second: variantRef,
  firstWins: z.number().int(),
  secondWins: z.number().int(),
  ties: z.number().int(),
  bothBad: z.number().int(),
  inconsistent: z.number().int().describe("Of the ties: those that are ties because the verdict flipped with the order."),
  errors: z.number().int(),
});
export type PairWins = z.output<typeof pairWinsSchema>;

export const judgingDetailSchema = z.object({ judging: judgingViewSchema, wins: z.array(pairWinsSchema), verdicts: z.array(verdictViewSchema) });
