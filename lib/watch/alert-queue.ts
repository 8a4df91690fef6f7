// Putting watch jobs on the pg-boss queues the worker serves: alert deliveries (one job per alert
// and webhook; pg-boss retries a failed POST with exponential backoff, each attempt is recorded
// by deliver.ts) and the evaluation of a watch run soon after it finishes.
import { sendJob } from "../jobs/sender";

export const DELIVER_ALERT_QUEUE = "watch.deliver-alert";
/** Attempts after the first, 2 s, 4 s, 8 s… apart (pg-boss retryBackoff). */
export const DELIVERY_RETRIES = 5;
export const EVALUATE_QUEUE = "watch.evaluate-run";
/** How often a watch run is looked at while its run is unfinished. */
export const EVALUATE_POLL_SECONDS = 3;

export async function enqueueDelivery(alertId: string, webhookId: string): Promise<void> {
  await sendJob(DELIVER_ALERT_QUEUE, { alertId, webhookId }, { retryLimit: DELIVERY_RETRIES, retryDelay: 2, retryBackoff: true, expireInMinutes: 5 });
}

/** The minute tick would evaluate the run too; this gets the verdict seconds after it finishes. */
export async function enqueueEvaluation(watchRunId: string, afterSeconds = EVALUATE_POLL_SECONDS): Promise<void> {
  await sendJob(EVALUATE_QUEUE, { watchRunId }, { startAfter: afterSeconds, expireInMinutes: 5 });
}
