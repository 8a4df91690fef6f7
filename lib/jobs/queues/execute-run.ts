import { z } from "zod";
import { log } from "../../log";
import { EXECUTE_RUN_QUEUE } from "../../runs/enqueue";
import { executeRun } from "../../runs/execute-run";
import { defineQueue } from "../queue";

export const executeRunQueue = defineQueue({
  name: EXECUTE_RUN_QUEUE,
  schema: z.object({ runId: z.uuid() }).strict(),
  // Several runs can progress at once on one worker; each run keeps its own concurrency.
  slots: 4,
  pollingIntervalSeconds: 1,
  async handle({ runId }, { signal }) {
    const outcome = await executeRun(runId, { signal });
    log.info("run executor ended", { runId, outcome });
  },
});
