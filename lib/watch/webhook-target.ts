// Webhook URLs are user-configured hosts, so they pass the same outbound guard as providers
// (lib/net/outbound-guard.ts): link-local and metadata addresses are refused, and when the
// operator set JUXTA_PROVIDER_HOSTS only those hosts may be reached.
import "server-only";
import { AppError } from "../api/errors";
import { env } from "../config/env";
import { assertOutboundAllowed, createGuardedFetch, OutboundBlockedError, type OutboundPolicy } from "../net/outbound-guard";

const policy: OutboundPolicy = { label: "webhook host", allowedHosts: () => env().JUXTA_PROVIDER_HOSTS, allowlistName: "JUXTA_PROVIDER_HOSTS" };

export const webhookFetch = createGuardedFetch(policy);

/** Refuses a webhook URL the guard would refuse, when it is saved rather than when it fires. */
export function checkWebhookUrl(url: string, field: string): void {
  try {
    assertOutboundAllowed(url, policy);
  } catch (error) {
    if (error instanceof OutboundBlockedError) throw new AppError("validation", 400, `${field}: ${error.message}`);
    throw error;
  }
}
