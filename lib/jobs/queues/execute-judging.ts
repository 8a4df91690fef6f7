import { z } from "zod";
import { db } from "../../db/client";
import { enqueueJudging, EXECUTE_JUDGING_QUEUE } from "../../judging/enqueue";
import { executeJudging } from "../../judging/execute-judging";
import { log } from "../../log";
import { defineQueue } from "../queue";

export const executeJudgingQueue = defineQueue({
  name: EXECUTE_JUDGING_QUEUE,
  schema: z.object({ judgingId: z.uuid() }).strict(),
  slots: 2,
  pollingIntervalSeconds: 1,
  async handle({ judgingId }, { signal }) {
    const outcome = await executeJudging(judgingId, { signal });
    log.info("judging executor ended", { judgingId, outcome });
  },
});

/** Unfinished judgings are enqueued again at every worker start and each minute: one whose
 * executor died is taken up; one whose executor lives finds it holding the lock and returns. */
export const resumeJudgingsQueue = defineQueue({
  name: "judgings.resume",
  schema: z.object({}).loose(),
  schedule: "* * * * *",
  runAtStart: true,
  async handle() {
    const unfinished = await db().judging.findMany({ where: { status: { in: ["queued", "running"] } }, select: { id: true } });
    for (const { id } of unfinished) await enqueueJudging(id);
  },
});
