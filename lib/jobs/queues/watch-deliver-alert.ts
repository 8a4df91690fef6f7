import { z } from "zod";
import { DELIVER_ALERT_QUEUE } from "../../watch/alert-queue";
import { deliverAlert } from "../../watch/deliver";
import { defineQueue } from "../queue";

/** One alert to one webhook; a failed POST throws and pg-boss retries it with backoff. */
export const watchDeliverAlertQueue = defineQueue({
  name: DELIVER_ALERT_QUEUE,
  schema: z.object({ alertId: z.uuid(), webhookId: z.string().min(1) }).strict(),
  pollingIntervalSeconds: 1,
  async handle({ alertId, webhookId }) {
    await deliverAlert(alertId, webhookId);
  },
});
