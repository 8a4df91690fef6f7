// Starting a judging: the run must be a replay that has ended, the judge a live variant, and
// there must be at least one pair to compare. The row is written first, then its id enqueued;
// the worker does the calls (execute-judging.ts).
import "server-only";
import { AppError, notFound } from "../api/errors";
import { db } from "../db/client";
import { resolveVariants } from "../runs/resolve";
import { jobs } from "../jobs/queues";
import { runPairs } from "./pairs";
import type { CreateJudgingInput } from "./schemas";

export async function createJudging(runId: string, input: CreateJudgingInput, userId: string): Promise<{ id: string }> {
  const run = await db().run.findUnique({ where: { id: runId }, select: { kind: true, status: true } });
  if (!run) throw notFound("That run");
  if (run.kind !== "replay") throw new AppError("conflict", 409, "Only replay runs can be judged: a load test sends one request, so there is nothing to compare.");
  if (run.status === "queued" || run.status === "running") throw new AppError("conflict", 409, "The run has not finished yet: judge it once it has ended.");
  const [judge] = await resolveVariants([input.judgeVariantId ?? input.judgeVariant!]).catch((error: unknown) => {
    if (error instanceof AppError && error.kind === "not_found") throw new AppError("validation", 400, error.detail, { errors: [{ path: input.judgeVariantId ? "judgeVariantId" : "judgeVariant", message: error.detail }] });
    throw error;
  });
  const pairs = await runPairs(runId);
  if (pairs.length === 0) throw new AppError("conflict", 409, "Nothing to compare: no case has answers from two variants.");
  const judging = await db().judging.create({
    data: { runId, judgeVariantId: judge!.id, rubric: input.rubric, totalPairs: pairs.length, createdById: userId },
    select: { id: true },
  });
  await jobs.executeJudging.send({ judgingId: judging.id });
  return judging;
}
