// One attempt at posting an alert to one webhook, signed with HMAC-SHA256 over the exact body
// (X-Juxta-Signature: sha256=<hex>), through the outbound guard. Every attempt is recorded with
// what came back; a failure throws so pg-boss retries it with backoff.
import "server-only";
import { createHmac } from "node:crypto";
import { db } from "../db/client";
import { decryptSecret } from "../secrets/crypto";
import { webhooksOf } from "./service";
import { webhookFetch } from "./webhook-target";

const TIMEOUT_MS = 10_000;
const EXCERPT_CHARS = 500;

export class DeliveryFailed extends Error {}

export function signatureOf(body: string, secret: string): string {
  return `sha256=${createHmac("sha256", secret).update(body).digest("hex")}`;
}

/** Resolves when delivered (now or before); throws DeliveryFailed to be retried. */
export async function deliverAlert(alertId: string, webhookId: string): Promise<void> {
  const alert = await db().alert.findUnique({ where: { id: alertId }, include: { watch: true, deliveries: { where: { webhookId }, select: { attempt: true, delivered: true } } } });
  if (!alert) return; // the watch was deleted since
  if (alert.deliveries.some((delivery) => delivery.delivered)) return;
  const webhook = webhooksOf(alert.watch.webhooks).find((entry) => entry.id === webhookId);
  if (!webhook) return; // removed from the watch since
  const attempt = Math.max(0, ...alert.deliveries.map((delivery) => delivery.attempt)) + 1;
  const body = JSON.stringify(alert.payload);
  let responseStatus: number | null = null;
  let responseExcerpt: string | null = null;
  let error: string | null = null;
  try {
    const response = await webhookFetch(webhook.url, {
      method: "POST",
      headers: { "content-type": "application/json", "user-agent": "Juxta-Watch", "x-juxta-event": alert.kind, "x-juxta-delivery": `${alert.id}.${attempt}`, "x-juxta-signature": signatureOf(body, decryptSecret(webhook.secretEncrypted)) },
      body,
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    responseStatus = response.status;
    responseExcerpt = (await response.text()).slice(0, EXCERPT_CHARS);
  } catch (caught) {
    error = (caught as Error).message.slice(0, EXCERPT_CHARS);
  }
  const delivered = responseStatus !== null && responseStatus >= 200 && responseStatus < 300;
  await db().alertDelivery.create({ data: { alertId, webhookId, attempt, responseStatus, responseExcerpt, error, delivered } });
  if (!delivered) throw new DeliveryFailed(`Webhook delivery ${attempt} failed: ${error ?? `HTTP ${responseStatus}`}`);
}
