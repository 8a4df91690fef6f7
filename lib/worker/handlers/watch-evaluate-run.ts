import "server-only";
import { db } from "../../db/client";
import { evaluateWatchRun } from "../../watch/evaluate";
import { jobs } from "../../jobs/queues";
import { handle } from "../handler";

/** Evaluates a watch run once its run has finished; until then it looks again a few seconds later.
 * The minute tick is the backstop (a lost job, a worker that died). */
export const watchEvaluateRunQueue = handle(jobs.watchEvaluateRun, {
  pollingIntervalSeconds: 1,
  async handle({ watchRunId }) {
    if (await evaluateWatchRun(watchRunId)) return;
    const watchRun = await db().watchRun.findUnique({ where: { id: watchRunId }, select: { evaluatedAt: true, run: { select: { status: true } } } });
    const unfinished = watchRun?.run?.status === "queued" || watchRun?.run?.status === "running";
    if (watchRun && watchRun.evaluatedAt === null && unfinished) await jobs.watchEvaluateRun.send({ watchRunId });
  },
});
