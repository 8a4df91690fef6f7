// Alerts: built when a watch run drifts or its provider reports another model or fingerprint,
// posted to each webhook of the watch (by the worker, deliver.ts) and shown in the app until
// someone acknowledges them.
import "server-only";
import { notFound } from "../api/errors";
import { db } from "../db/client";
import { Prisma } from "../db/generated/client";
import { jobs } from "../jobs/queues";
import { describeChange } from "./alert-text";
import type { DriftTest } from "./drift-tests";
import { watchRow, webhooksOf } from "./service";

type Watch = Awaited<ReturnType<typeof watchRow>>;

export interface AlertInput {
  watch: Watch;
  watchRun: { id: string; runId: string; scheduledFor: Date };
  baselineRunId: string;
  variant: { id: string; name: string };
  drifted: DriftTest[];
  reported: { before: string[]; now: string[]; new: string[] };
}

const link = (watch: Watch, path: string) => `${watch.appUrl ?? ""}${path}`;

/** The JSON posted to webhooks: Slack-compatible `text` first, the details after. */
export function alertPayload(input: AlertInput) {
  const { watch, variant, drifted, reported } = input;
  const lines = drifted.map((test) => describeChange(test));
  if (reported.new.length > 0) lines.push(`the provider now reports ${reported.new.join(", ")} (before: ${reported.before.join(", ") || "nothing"})`);
  const watchLink = link(watch, `/watches/${watch.id}?run=${input.watchRun.id}`);
  return {
    type: drifted.length > 0 ? "watch.drift" : "watch.model_changed",
    text: `Juxta watch "${watch.name}", variant ${variant.name}: ${lines.join("; ")}. ${watchLink}`,
    watch: { id: watch.id, name: watch.name },
    variant,
    watchRun: { id: input.watchRun.id, runId: input.watchRun.runId, scheduledFor: input.watchRun.scheduledFor.toISOString() },
    baselineRunId: input.baselineRunId,
    metrics: drifted.map((test) => ({ metric: test.metric, before: test.before, after: test.after, difference: test.difference, ci95: test.ci95, pAdjusted: test.pAdjusted, n: test.n })),
    reported,
    link: watchLink,
    comparisonLink: link(watch, `/runs/${input.watchRun.runId}/compare?against=${input.baselineRunId}`),
  };
}

export async function raiseAlert(input: AlertInput): Promise<string> {
  const payload = alertPayload(input);
  const alert = await db().alert.create({
    data: { watchId: input.watch.id, watchRunId: input.watchRun.id, variantId: input.variant.id, kind: input.drifted.length > 0 ? "drift" : "fingerprint", payload: payload as Prisma.InputJsonValue },
  });
  for (const webhook of webhooksOf(input.watch.webhooks)) await jobs.watchDeliverAlert.send({ alertId: alert.id, webhookId: webhook.id });
  return alert.id;
}

/** The page's "Send a test notification": the same signed POST, marked as a test. */
export async function sendTestAlert(watchId: string): Promise<{ alertId: string; webhooks: number }> {
  const watch = await watchRow(watchId);
  const payload = {
    type: "watch.test",
    text: `Juxta watch "${watch.name}": test notification. ${link(watch, `/watches/${watch.id}`)}`,
    watch: { id: watch.id, name: watch.name },
    link: link(watch, `/watches/${watch.id}`),
  };
  const alert = await db().alert.create({ data: { watchId, kind: "test", payload, acknowledgedAt: new Date() } });
  const webhooks = webhooksOf(watch.webhooks);
  for (const webhook of webhooks) await jobs.watchDeliverAlert.send({ alertId: alert.id, webhookId: webhook.id });
  return { alertId: alert.id, webhooks: webhooks.length };
}

/** Unacknowledged drift and model-change alerts, newest first: the app's banner. */
export async function openAlerts() {
  const alerts = await db().alert.findMany({
    where: { acknowledgedAt: null, kind: { not: "test" } },
    orderBy: { createdAt: "desc" },
    take: 20,
    select: { id: true, watchId: true, watchRunId: true, kind: true, payload: true, createdAt: true, watch: { select: { name: true } } },
  });
  return alerts.map(({ payload, watch, ...alert }) => ({ ...alert, watchName: watch.name, text: (payload as { text?: string }).text ?? "" }));
}

/** A watch's alerts with their delivery attempts (status and excerpt, never the secret). */
export async function alertsOfWatch(watchId: string) {
  return db().alert.findMany({
    where: { watchId },
    orderBy: { createdAt: "desc" },
    take: 50,
    include: { deliveries: { orderBy: { createdAt: "asc" }, select: { webhookId: true, attempt: true, responseStatus: true, responseExcerpt: true, error: true, delivered: true, createdAt: true } } },
  });
}

export async function acknowledgeAlert(alertId: string, userId: string) {
  const updated = await db().alert.updateMany({ where: { id: alertId, acknowledgedAt: null }, data: { acknowledgedAt: new Date(), acknowledgedById: userId } });
  if (updated.count === 0 && !(await db().alert.findUnique({ where: { id: alertId }, select: { id: true } }))) throw notFound("That alert");
}
