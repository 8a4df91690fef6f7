// One run item: call the variant, check the answer, and save completion, assertion results and
// item state at once (save-item.ts) — fenced on this executor still holding the item, so an item
// is saved exactly once however executors die and take over.
import "server-only";
import { evaluateAll, type AnswerUnderTest, type Judge } from "../assertions/evaluate";
import { db } from "../db/client";
import { isDatabaseUnavailable } from "../db/unavailable";
import { log } from "../log";
import { completeOnce, type CompletionResult } from "../providers/stream";
import type { CompletionRequest } from "../providers/types";
import { requestForVariant, storedRequest } from "../variants/request";
import type { RunContext } from "./run-context";
import { notCalledRecord, recordOf, unstorableRecordOf } from "../completions/result-fields";
import type { ItemSave, ItemSaver } from "./save-item";

export interface ClaimedItem {
  id: string;
  caseKey: string;
  testCaseId: string | null;
  variantId: string;
  repetition: number;
}

/** Why calls in flight were aborted. Only a cancel keeps the partial answer; after a shutdown or
 * a lost lease the item is done again by whoever holds the run next. */
export type AbortReason = "cancel" | "shutdown" | "lost";

export interface ExecutorTools {
  executorId: string;
  /** Aborted with an AbortReason. */
  signal: AbortSignal;
  judge: Judge;
  /** Saves finished items in batches (save-item.ts). */
  saver: ItemSaver;
}

/** Runs one item; resolves with the cost it spent (0 when nothing was saved). */
export async function executeItem(context: RunContext, item: ClaimedItem, { executorId, signal, judge, saver }: ExecutorTools): Promise<number> {
  const variant = context.variants.get(item.variantId)!;
  let request: CompletionRequest;
  try {
    request = requestForVariant(variant, context.conversationFor(item.testCaseId));
  } catch (error) {
    await saver.save({ itemId: item.id, variantId: item.variantId, request: {}, record: notCalledRecord("bad_request", failure(error)), checks: [] });
    return 0;
  }
  const release = await context.limiters.get(variant.model.providerId)!.acquire(signal).catch(() => null);
  if (!release) return putBack(item, executorId);
  let result: CompletionResult;
  const calledAt = new Date();
  try {
    result = await completeOnce(context.adapters.get(variant.model.providerId)!, request, { prices: variant.model, signal, timeoutMs: variant.providerSettings.timeoutMs });
  } finally {
    release();
  }
  if (signal.aborted && (signal.reason as AbortReason) !== "cancel") return putBack(item, executorId);

  const assertions = [...(item.testCaseId ? (context.cases.get(item.testCaseId)?.assertions ?? []) : []), ...context.runAssertions];
  const checks = result.status === "done" && assertions.length > 0 ? await evaluateAll(assertions, await answerOf(context, item, request, result), judge) : [];
  const saved = await saveOrRecordFailure(saver, item, executorId, { itemId: item.id, variantId: item.variantId, request: storedRequest(request, variant.model.provider), record: recordOf(result), checks, calledAt }, result);
  if (!saved) return 0; // taken over meanwhile: the new holder does the item again
  if (result.status === "error") log.info("run item failed", { runId: context.id, itemId: item.id, error: result.errorKind });
  return Number(result.costUsd);
}

/** Saves the item; when the database refuses the answer itself (not when it is away: that stops
 * the executor, and the item is done again), the item still ends — as an error of kind
 * "storage" with everything measured — instead of staying "running" to be called again. */
async function saveOrRecordFailure(saver: ItemSaver, item: ClaimedItem, executorId: string, save: ItemSave, result: CompletionResult): Promise<boolean> {
  try {
    return await saver.save(save);
  } catch (error) {
    if (isDatabaseUnavailable(error)) throw error;
    const reason = failure(error).split("\n").filter(Boolean).at(-1) ?? "";
    log.error("a run answer could not be stored", { itemId: item.id, error: failure(error) });
    try {
      return await saver.save({ ...save, record: unstorableRecordOf(result, reason), checks: [] });
    } catch (again) {
      if (isDatabaseUnavailable(again)) throw again;
      await db().runItem.updateMany({ where: { id: item.id, status: "running", workerId: executorId }, data: { status: "error", finishedAt: new Date() } });
      return false;
    }
  }
}

function failure(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

async function answerOf(context: RunContext, item: ClaimedItem, request: CompletionRequest, result: CompletionResult): Promise<AnswerUnderTest> {
  const question = request.messages.findLast((message) => message.role === "user")?.content ?? "";
  return {
    question,
    text: result.text,
    ttftMs: result.ttftMs,
    totalMs: result.totalMs,
    costUsd: Number(result.costUsd),
    expectedOutput: item.testCaseId ? (context.cases.get(item.testCaseId)?.expectedOutput ?? null) : null,
    baselineText: await baselineText(context, item),
  };
}

/** The baseline counterpart's answer (baseline.ts: same case, variant and repetition). */
async function baselineText(context: RunContext, item: ClaimedItem): Promise<string | null> {
  if (!context.baselineRunId) return null;
  const row = await db().runItem.findFirst({
    where: { runId: context.baselineRunId, caseKey: item.caseKey, variantId: item.variantId, repetition: item.repetition, status: "done" },
    select: { completion: { select: { text: true } } },
  });
  return row?.completion?.text ?? null;
}

/** Hands an unfinished item back to pending (fenced): the next executor does it. */
async function putBack(item: ClaimedItem, executorId: string): Promise<number> {
  await db().runItem.updateMany({ where: { id: item.id, status: "running", workerId: executorId }, data: { status: "pending", workerId: null, startedAt: null } });
  return 0;
}
