// Every request to a provider goes through this fetch (both SDK clients are made with it, by
// sdkClientOptions): link-local and cloud-metadata addresses are refused, and so is any host
// outside JUXTA_PROVIDER_HOSTS when the operator set it. See lib/net/outbound-guard.ts.
import "server-only";
import { env } from "../config/env";
import { createGuardedFetch } from "../net/outbound-guard";
import type { ProviderConnection } from "./types";

export const providerFetch = createGuardedFetch({
  label: "provider host",
  allowedHosts: () => env().JUXTA_PROVIDER_HOSTS,
  allowlistName: "JUXTA_PROVIDER_HOSTS",
});

/** The options both official SDK clients (openai, @anthropic-ai/sdk) are created with. */
export function sdkClientOptions(connection: ProviderConnection) {
  return {
    // Local OpenAI-compatible servers usually need no key, but the SDKs insist on one.
    apiKey: connection.apiKey ?? "no-key",
    baseURL: connection.baseUrl ?? undefined,
    // lib/providers/stream.ts retries, and only before the first token.
    maxRetries: 0,
    fetch: providerFetch,
    // Our own per-call timeout (the provider's timeoutMs) aborts sooner.
    timeout: 30 * 60_000,
  };
}
