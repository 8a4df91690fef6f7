// The executor of one judging (called by the worker's judgings.execute handler). It holds the
// judging's lock (judging-lock.ts), skips pairs judged already — so a killed worker's judging
// resumes where it stopped — and judges the rest one pair at a time, both orders at once. Before
// each pair it reserves the two calls' worst case on the run's budget, which covers the run's own
// calls and every judging of it; a pair that does not fit stops the judging.
import { db } from "../db/client";
import { storableMessage } from "../completions/storable";
import { adapterFor } from "../providers/registry";
import { connectionFor } from "../providers/service";
import { completeOnce, type CompletionResult } from "../providers/stream";
import type { ChatMessage } from "../providers/types";
import { Budget } from "../runs/budget";
import { callCost } from "../runs/plan";
import { variantInclude } from "../runs/resolve";
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
      include: { run: { select: { budgetUsd: true } }, judgeVariant: { include: variantInclude } },
    });
    if (!judging || (judging.status !== "queued" && judging.status !== "running")) return "finished";
    await db().judging.updateMany({ where: { id: judgingId, status: { in: ["queued", "running"] } }, data: { status: "running", startedAt: judging.startedAt ?? new Date() } });

    const judged = await db().judgeVerdict.findMany({ where: { judgingId }, select: { completionAId: true, completionBId: true } });
    const done = new Set(judged.map(pairKey));
    const todo = (await runPairs(judging.runId)).filter((pair) => !done.has(pairKey(pair)));
    const judge = { ...judging.judgeVariant, systemPrompt: null };
    const adapter = adapterFor(await connectionFor(judge.model.providerId));
    const timeoutMs = (judge.model.provider.settings as { timeoutMs?: number }).timeoutMs;
    const budget = new Budget(judging.run.budgetUsd === null ? null : judging.run.budgetUsd.toString(), await runAndJudgingSpendUsd(judging.runId));

    for (const [index, pair] of todo.entries()) {
      if (options.signal?.aborted) return "stopped";
      const now = await db().judging.findUnique({ where: { id: judgingId }, select: { status: true } });
      if (now?.status !== "running") break; // cancelled: what was judged stays
      const prompts = await promptsFor(judging.rubric, pair);
      const worstCaseUsd = budget.limited ? Number(callCost(judge, prompts.aFirst, undefined).worstCaseUsd) + Number(callCost(judge, prompts.bFirst, undefined).worstCaseUsd) : 0;
      const reservation = budget.reserve(worstCaseUsd);
      if (!reservation) {
        await recordSkipped(judgingId, todo.slice(index), "budget");
        await db().judging.updateMany({
          where: { id: judgingId, status: "running" },
          data: { status: "failed", error: `Stopped at the budget: the run and its judgings spent $${budget.spent().toFixed(4)} of $${judging.run.budgetUsd}.`, finishedAt: new Date() },
        });
        return "finished";
      }
      const call = async (order: Order): Promise<JudgeCall> => {
        const request = requestForVariant(judge, prompts[order]);
        const result = await completeOnce(adapter, request, { prices: judge.model, signal: options.signal, timeoutMs });
        return { request: storedRequest(request, judge.model.provider), result, ...readCall(result, order) };
      };
      const [aFirst, bFirst] = await Promise.all([call("aFirst"), call("bFirst")]);
      budget.settle(reservation, Number(aFirst.result.costUsd) + Number(bFirst.result.costUsd));
      // Shut down mid-pair: the calls were aborted, and the pair is judged again on resume.
      if (options.signal?.aborted) return "stopped";
      await saveVerdict(judgingId, judge.id, pair, { aFirst, bFirst, ...combine(aFirst.choice, bFirst.choice), error: errorOf(aFirst, bFirst) });
    }
    await finishJudging(judgingId);
    return "finished";
  } finally {
    await lock.release();
  }
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

/** Every pair judged: done — unless no pair got a verdict at all (a judge that always fails). */
async function finishJudging(judgingId: string): Promise<void> {
  const [verdicts, reached] = await Promise.all([db().judgeVerdict.count({ where: { judgingId } }), db().judgeVerdict.count({ where: { judgingId, choice: { not: null } } })]);
  const failed = verdicts > 0 && reached === 0;
  await db().judging.updateMany({
    where: { id: judgingId, status: "running" },
    data: { status: failed ? "failed" : "done", error: failed ? "The judge gave no verdict on any pair: see the verdicts' errors." : null, finishedAt: new Date() },
  });
  await db().judging.updateMany({ where: { id: judgingId, status: "cancelled", finishedAt: null }, data: { finishedAt: new Date() } });
}
