// The executor of one judging (called by the worker's judgings.execute handler). It holds the
// judging's lock (judging-lock.ts), skips pairs judged already — so a killed worker's judging
// resumes where it stopped — and judges the rest one pair at a time, both orders at once. A pair
// starts only when the two calls' worst case fits what is left of the run's budget, which covers
// the run's own calls and every judging of it; a pair that does not fit stops the judging.
import "server-only";
import { db } from "../db/client";
import { isDatabaseUnavailable } from "../db/unavailable";
import { storableMessage } from "../completions/storable";
import { adapterFor } from "../providers/registry";
import { connectionFor } from "../providers/service";
import { completeOnce, type CompletionResult } from "../providers/stream";
import type { ChatMessage } from "../providers/types";
import { Budget } from "../runs/budget";
import { callCost } from "../runs/plan";
import { findCallableVariant, type CallableVariant } from "../variants/callable";
import { requestForVariant, storedRequest } from "../variants/request";
import { runAndJudgingSpendUsd } from "./costs";
import { lockJudging } from "./judging-lock";
import { runPairs, type JudgedPair } from "./pairs";
import { recordSkipped, saveVerdict, type JudgeCall } from "./save-verdict";
import { combine, pairPrompt, parsePairVerdict, toChoice, type Order } from "./verdict";

export type JudgingOutcome = "finished" | "busy" | "stopped";

const pairKey = (pair: JudgedPair) => `${pair.completionAId}:${pair.completionBId}`;

export async function executeJudging(judgingId: string, options: { signal?: AbortSignal } = {}): Promise<JudgingOutcome> {
  const lock = await lockJudging(judgingId);
  if (!lock) return "busy";
  try {
    const judging = await db().judging.findUnique({
      where: { id: judgingId },
      include: { run: { select: { budgetUsd: true } } },
    });
    if (!judging || (judging.status !== "queued" && judging.status !== "running")) return "finished";
    await db().judging.updateMany({ where: { id: judgingId, status: { in: ["queued", "running"] } }, data: { status: "running", startedAt: judging.startedAt ?? new Date() } });

    const judged = await db().judgeVerdict.findMany({ where: { judgingId }, select: { completionAId: true, completionBId: true } });
    const done = new Set(judged.map(pairKey));
    const todo = (await runPairs(judging.runId)).filter((pair) => !done.has(pairKey(pair)));
    const judgeVariant = await findCallableVariant({ id: judging.judgeVariantId });
    if (!judgeVariant) return "finished"; // a variant is archived, never deleted: only by hand
    const ask = await judgeCaller(judgingId, judgeVariant, options.signal);
    if (!ask) return "finished";
    const limitUsd = judging.run.budgetUsd === null ? null : judging.run.budgetUsd.toString();

    for (const [index, pair] of todo.entries()) {
      if (options.signal?.aborted) return "stopped";
      const now = await db().judging.findUnique({ where: { id: judgingId }, select: { status: true } });
      if (now?.status !== "running") break; // cancelled: what was judged stays
      const prompts = await promptsFor(judging.rubric, pair);
      const spentUsd = await overBudget(limitUsd, judging.runId, ask.worstCaseUsd(prompts));
      if (spentUsd !== null) {
        await recordSkipped(judgingId, todo.slice(index), "budget");
        await endJudging(judgingId, "failed", `Stopped at the budget: the run and its judgings spent $${spentUsd.toFixed(4)} of $${limitUsd}.`);
        return "finished";
      }
      const [aFirst, bFirst] = await Promise.all([ask.call(prompts, "aFirst"), ask.call(prompts, "bFirst")]);
      // Shut down mid-pair: the calls were aborted, and the pair is judged again on resume.
      if (options.signal?.aborted) return "stopped";
      await saveVerdict(judgingId, ask.judgeId, pair, { aFirst, bFirst, ...combine(aFirst.choice, bFirst.choice), error: errorOf(aFirst, bFirst) });
    }
    await finishJudging(judgingId);
    return "finished";
  } finally {
    await lock.release();
  }
}

/** How the judge variant is asked (without its own system prompt: the judge's instructions are
 * the system message); null when its provider cannot be used, and the judging failed saying so. */
async function judgeCaller(judgingId: string, variant: CallableVariant, signal: AbortSignal | undefined) {
  const judge = { ...variant, systemPrompt: null };
  const connection = await connectionFor(judge.model.providerId).catch(async (error: unknown) => {
    if (isDatabaseUnavailable(error)) throw error;
    // A provider whose key cannot be read will not get better by retrying.
    await endJudging(judgingId, "failed", `The judge's provider cannot be used: ${error instanceof Error ? error.message : String(error)}`);
    return null;
  });
  if (!connection) return null;
  const adapter = adapterFor(connection);
  const timeoutMs = judge.providerSettings.timeoutMs;
  return {
    judgeId: judge.id,
    /** Both orders at their worst: the prompt's tokens and max_tokens (else 1,024), priced. */
    worstCaseUsd: (prompts: Record<Order, ChatMessage[]>) => Number(callCost(judge, prompts.aFirst, undefined).worstCaseUsd) + Number(callCost(judge, prompts.bFirst, undefined).worstCaseUsd),
    async call(prompts: Record<Order, ChatMessage[]>, order: Order): Promise<JudgeCall> {
      const request = requestForVariant(judge, prompts[order]);
      const result = await completeOnce(adapter, request, { prices: judge.model, signal, timeoutMs });
      return { request: storedRequest(request, judge.model.provider), result, ...readCall(result, order) };
    },
  };
}

/** Null when the pair's worst case fits what is left of the run's budget, else what was spent.
 * The spend is read afresh before each pair: another judging of the same run spends the same
 * budget. Pairs are judged one at a time, so nothing of this judging is in flight here. */
async function overBudget(limitUsd: string | null, runId: string, worstCaseUsd: number): Promise<number | null> {
  if (limitUsd === null) return null;
  const budget = new Budget(limitUsd, await runAndJudgingSpendUsd(runId));
  return budget.reserve(worstCaseUsd) ? null : budget.spent();
}

/** The question (the last user message A was asked) and both answers, in each order. */
async function promptsFor(rubric: string, pair: JudgedPair): Promise<Record<Order, ChatMessage[]>> {
  const rows = await db().completion.findMany({ where: { id: { in: [pair.completionAId, pair.completionBId] } }, select: { id: true, text: true, request: true } });
  const a = rows.find((row) => row.id === pair.completionAId)!;
  const b = rows.find((row) => row.id === pair.completionBId)!;
  const messages = (a.request as { messages?: ChatMessage[] } | null)?.messages ?? [];
  const question = messages.findLast((message) => message.role === "user")?.content ?? "";
  return { aFirst: pairPrompt(rubric, question, a.text, b.text), bFirst: pairPrompt(rubric, question, b.text, a.text) };
}

function readCall(result: CompletionResult, order: Order): Pick<JudgeCall, "choice" | "reason"> {
  if (result.status !== "done") return { choice: null, reason: null };
  const verdict = parsePairVerdict(result.text);
  return verdict ? { choice: toChoice(verdict.winner, order), reason: storableMessage(verdict.reason) } : { choice: null, reason: null };
}

const ORDER_NAMES: Record<Order, string> = { aFirst: "A shown first", bFirst: "B shown first" };

/** Why a pair has no verdict: a call that failed, or a reply without a readable winner. */
function errorOf(aFirst: JudgeCall, bFirst: JudgeCall): string | null {
  const problems = (["aFirst", "bFirst"] as const).flatMap((order) => {
    const { result, choice } = order === "aFirst" ? aFirst : bFirst;
    if (result.status !== "done") return [`${ORDER_NAMES[order]}: the call failed (${result.errorMessage ?? result.status})`];
    if (choice === null) return [`${ORDER_NAMES[order]}: no readable winner in "${result.text.slice(0, 120)}"`];
    return [];
  });
  return problems.length > 0 ? storableMessage(problems.join("; ")) : null;
}

async function endJudging(judgingId: string, status: "done" | "failed", error: string | null): Promise<void> {
  await db().judging.updateMany({ where: { id: judgingId, status: "running" }, data: { status, error, finishedAt: new Date() } });
}

/** Every pair judged: done — unless no pair got a verdict at all (a judge that always fails). */
async function finishJudging(judgingId: string): Promise<void> {
  const [verdicts, reached] = await Promise.all([db().judgeVerdict.count({ where: { judgingId } }), db().judgeVerdict.count({ where: { judgingId, choice: { not: null } } })]);
  const failed = verdicts > 0 && reached === 0;
  await endJudging(judgingId, failed ? "failed" : "done", failed ? "The judge gave no verdict on any pair: see the verdicts' errors." : null);
  await db().judging.updateMany({ where: { id: judgingId, status: "cancelled", finishedAt: null }, data: { finishedAt: new Date() } });
}
