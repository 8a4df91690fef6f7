import { log } from "../../log";
import { orphanedRunIds } from "../../runs/executor-lease";
import { jobs } from "../../jobs/queues";
import { handle } from "../handler";

/** Unfinished runs whose executor is gone (a killed worker) are enqueued again: at every worker
 * start, and each minute for workers that died on other machines. */
export const resumeRunsQueue = handle(jobs.resumeRuns, {
  async handle() {
    const ids = await orphanedRunIds();
    for (const id of ids) await jobs.executeRun.send({ runId: id });
    if (ids.length > 0) log.info("resumed runs", { runs: ids.length });
  },
});
