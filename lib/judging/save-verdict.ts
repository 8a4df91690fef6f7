// A judged pair is saved at once: the judge's two calls as completions (judgingId set, so they
// are never counted as the judge variant's answers) and the verdict, in one transaction. The
// verdict's unique key (judging, pair) makes a second save of the same pair write nothing.
import "server-only";
import { completionFieldsOf } from "../completions/result-fields";
import { db } from "../db/client";
import { isUniqueViolation } from "../db/errors";
import type { Prisma } from "../db/generated/client";
import type { VoteChoice } from "../db/generated/enums";
import type { CompletionResult } from "../providers/stream";
import type { JudgedPair } from "./pairs";

export interface JudgeCall {
  request: Prisma.InputJsonValue;
  result: CompletionResult;
  choice: VoteChoice | null;
  reason: string | null;
}

export interface PairOutcome {
  aFirst: JudgeCall;
  bFirst: JudgeCall;
  choice: VoteChoice | null;
  consistent: boolean | null;
  error: string | null;
}

/** False when the pair had been saved already (nothing written). */
export async function saveVerdict(judgingId: string, judgeVariantId: string, pair: JudgedPair, outcome: PairOutcome): Promise<boolean> {
  const call = (judgeCall: JudgeCall) => ({ variantId: judgeVariantId, judgingId, request: judgeCall.request, ...completionFieldsOf(judgeCall.result) });
  try {
    await db().$transaction(async (tx) => {
      const aFirst = await tx.completion.create({ data: call(outcome.aFirst), select: { id: true } });
      const bFirst = await tx.completion.create({ data: call(outcome.bFirst), select: { id: true } });
      await tx.judgeVerdict.create({
        data: {
          judgingId,
          ...pair,
          choiceAFirst: outcome.aFirst.choice,
          choiceBFirst: outcome.bFirst.choice,
          reasonAFirst: outcome.aFirst.reason,
          reasonBFirst: outcome.bFirst.reason,
          choice: outcome.choice,
          consistent: outcome.consistent,
          callAFirstId: aFirst.id,
          callBFirstId: bFirst.id,
          error: outcome.error,
        },
      });
    });
    return true;
  } catch (error) {
    if (isUniqueViolation(error)) return false;
    throw error;
  }
}

/** Pairs left unjudged because the budget ran out: recorded, so the judging's count is whole. */
export async function recordSkipped(judgingId: string, pairs: JudgedPair[], error: string): Promise<void> {
  if (pairs.length === 0) return;
  await db().judgeVerdict.createMany({ data: pairs.map((pair) => ({ judgingId, ...pair, error })), skipDuplicates: true });
}
