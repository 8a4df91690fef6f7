import { deliverAlert } from "../../watch/deliver";
import { jobs } from "../../jobs/queues";
import { handle } from "../handler";

/** One alert to one webhook; a failed POST throws and pg-boss retries it with backoff. */
export const watchDeliverAlertQueue = handle(jobs.watchDeliverAlert, {
  pollingIntervalSeconds: 1,
  async handle({ alertId, webhookId }) {
    await deliverAlert(alertId, webhookId);
  },
});
