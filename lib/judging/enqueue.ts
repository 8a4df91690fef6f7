// Putting a judging's id on the queue the worker serves, through the process's one sender.
import { sendJob } from "../jobs/sender";

export const EXECUTE_JUDGING_QUEUE = "judgings.execute";

export async function enqueueJudging(judgingId: string): Promise<void> {
  await sendJob(EXECUTE_JUDGING_QUEUE, { judgingId }, { expireInHours: 23, retryLimit: 3, retryDelay: 5 });
}
