// Putting watch jobs on the pg-boss queues the worker serves: alert deliveries (one job per alert
// and webhook; pg-boss retries a failed POST with exponential backoff, each attempt is recorded
// by deliver.ts) and the evaluation of a watch run soon after it finishes.
import PgBoss from "pg-boss";
import { BOSS_SCHEMA } from "../jobs/boss-schema";
import { log } from "../log";

export const DELIVER_ALERT_QUEUE = "watch.deliver-alert";
/** Attempts after the first, 2 s, 4 s, 8 s… apart (pg-boss retryBackoff). */
export const DELIVERY_RETRIES = 5;
export const EVALUATE_QUEUE = "watch.evaluate-run";
/** How often a watch run is looked at while its run is unfinished. */
export const EVALUATE_POLL_SECONDS = 3;

const holder = globalThis as unknown as { juxtaAlertSender?: Promise<PgBoss> };

function sender(): Promise<PgBoss> {
  holder.juxtaAlertSender ??= (async () => {
    const connectionString = process.env.DATABASE_URL;
    if (!connectionString) throw new Error("DATABASE_URL is not set");
    const boss = new PgBoss({ connectionString, schema: BOSS_SCHEMA, supervise: false, schedule: false, application_name: "juxta-alerts", max: 2 });
    boss.on("error", (error) => log.error("pg-boss alert sender error", { error: error.message }));
    await boss.start();
    await boss.createQueue(DELIVER_ALERT_QUEUE);
    await boss.createQueue(EVALUATE_QUEUE);
    return boss;
  })();
  holder.juxtaAlertSender.catch(() => (holder.juxtaAlertSender = undefined));
  return holder.juxtaAlertSender;
}

export async function enqueueDelivery(alertId: string, webhookId: string): Promise<void> {
  await (await sender()).send(DELIVER_ALERT_QUEUE, { alertId, webhookId }, { retryLimit: DELIVERY_RETRIES, retryDelay: 2, retryBackoff: true, expireInMinutes: 5 });
}

/** The minute tick would evaluate the run too; this gets the verdict seconds after it finishes. */
export async function enqueueEvaluation(watchRunId: string, afterSeconds = EVALUATE_POLL_SECONDS): Promise<void> {
  await (await sender()).send(EVALUATE_QUEUE, { watchRunId }, { startAfter: afterSeconds, expireInMinutes: 5 });
}

export async function closeAlertSender(): Promise<void> {
  const pending = holder.juxtaAlertSender;
  holder.juxtaAlertSender = undefined;
  if (pending) await (await pending).stop({ graceful: false, wait: true });
}
