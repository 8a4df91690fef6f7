// Putting a run's id on the pg-boss queue the worker serves, through the process's one sender.
import { sendJob } from "../jobs/sender";

export const EXECUTE_RUN_QUEUE = "runs.execute";
/** A run may take hours; pg-boss caps expiry below 24 h. A job that outlives its worker is
 * picked up sooner by the resume sweep (lib/runs/resume.ts), so expiry is only a backstop. */
export const EXECUTE_RUN_EXPIRE_HOURS = 23;

export async function enqueueRun(runId: string): Promise<void> {
  await sendJob(EXECUTE_RUN_QUEUE, { runId }, { expireInHours: EXECUTE_RUN_EXPIRE_HOURS, retryLimit: 3, retryDelay: 5 });
}
