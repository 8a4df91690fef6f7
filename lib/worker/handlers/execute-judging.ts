import "server-only";
import { db } from "../../db/client";
import { executeJudging } from "../../judging/execute-judging";
import { log } from "../../log";
import { jobs } from "../../jobs/queues";
import { handle } from "../handler";

export const executeJudgingQueue = handle(jobs.executeJudging, {
  slots: 2,
  // A send wakes these pollers at once (queues.ts, wake); the poll is only the fallback for a
  // lost wake and for pg-boss's own retries, so it need not cost a query a second per slot.
  pollingIntervalSeconds: 10,
  async handle({ judgingId }, { signal }) {
    const outcome = await executeJudging(judgingId, { signal });
    log.info("judging executor ended", { judgingId, outcome });
  },
});

/** Unfinished judgings are enqueued again at every worker start and each minute: one whose
 * executor died is taken up; one whose executor lives finds it holding the lock and returns. */
export const resumeJudgingsQueue = handle(jobs.resumeJudgings, {
  async handle() {
    const unfinished = await db().judging.findMany({ where: { status: { in: ["queued", "running"] } }, select: { id: true } });
    for (const { id } of unfinished) await jobs.executeJudging.send({ judgingId: id });
  },
});
