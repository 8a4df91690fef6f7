import { log } from "../../log";
import { evaluateFinishedWatchRuns } from "../../watch/evaluate";
import { startDueWatchRuns } from "../../watch/start-watch-run";
import { jobs } from "../../jobs/queues";
import { handle } from "../handler";

/** Each minute (and at every worker start, which is when a schedule missed during downtime
 * catches up): start the runs whose slot is due, once per slot however many workers tick, and
 * evaluate the watch runs that finished. */
export const watchScheduleQueue = handle(jobs.watchTick, {
  async handle() {
    const started = await startDueWatchRuns(new Date());
    const evaluated = await evaluateFinishedWatchRuns();
    if (started.length > 0 || evaluated > 0) log.info("watch tick", { started: started.length, evaluated });
  },
});
