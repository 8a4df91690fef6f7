import { z } from "zod";
import { log } from "../../log";
import { enqueueRun } from "../../runs/enqueue";
import { orphanedRunIds } from "../../runs/executor-lease";
import { defineQueue } from "../queue";

/** Unfinished runs whose executor is gone (a killed worker) are enqueued again: at every worker
 * start, and each minute for workers that died on other machines. */
export const resumeRunsQueue = defineQueue({
  name: "runs.resume",
  schema: z.object({}).loose(),
  schedule: "* * * * *",
  runAtStart: true,
  async handle() {
    const ids = await orphanedRunIds();
    for (const id of ids) await enqueueRun(id);
    if (ids.length > 0) log.info("resumed runs", { runs: ids.length });
  },
});
