import "server-only";
import { waitForDatabase } from "../../db/unavailable";
import { log } from "../../log";
import { DatabaseLostDuringRun, executeRun } from "../../runs/execute-run";
import { newExecutorId } from "../../runs/executor-lease";
import { jobs } from "../../jobs/queues";
import { handle } from "../handler";

export const executeRunQueue = handle(jobs.executeRun, {
  // Several runs can progress at once on one worker; each run keeps its own concurrency.
  slots: 4,
  // A send wakes these pollers at once (queues.ts, wake); the poll is only the fallback for a
  // lost wake and for pg-boss's own retries, so it need not cost a query a second per slot.
  pollingIntervalSeconds: 10,
  async handle({ runId }, { signal }) {
    // One executor id across database outages: when the database is back, this executor takes
    // its own run back at once instead of waiting for its lease to lapse.
    const executorId = newExecutorId();
    for (;;) {
      try {
        const outcome = await executeRun(runId, { signal, executorId });
        log.info("run executor ended", { runId, outcome });
        return;
      } catch (error) {
        if (!(error instanceof DatabaseLostDuringRun) || signal.aborted) throw error;
        log.warn("database lost during a run; waiting for it to come back", { runId });
        await waitForDatabase(signal);
        if (signal.aborted) return;
      }
    }
  },
});
