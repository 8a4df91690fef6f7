// Compare turns call the same providers turn after turn. Their adapters (an SDK client each) are
// kept per provider configuration, so a turn neither decrypts a key, parses settings nor builds a
// client for every column before its call starts. A configuration is what the call depends on:
// kind, the endpoint calls go to, the stored (encrypted) key and the settings — a changed key,
// endpoint or setting is another configuration with a new client, and the old one is never used
// for it. Every client still fetches through providerFetch (outbound.ts), so the host checks run
// on each request as before.
import "server-only";
import { effectiveBaseUrl, type Endpoint } from "./endpoint";
import { adapterFor } from "./registry";
import { connectionOf } from "./service";
import type { ProviderSettings } from "./settings";
import type { ProviderAdapter } from "./types";

/** Enough for every provider a server has; beyond it the least recently used goes. */
const MAX_CONFIGURATIONS = 64;

export interface ProviderRow extends Endpoint {
  apiKeyEncrypted: string | null;
  settings: unknown;
}

export interface ProviderCalls {
  adapter: ProviderAdapter;
  settings: ProviderSettings;
}

const holder = globalThis as unknown as { juxtaProviderCalls?: Map<string, ProviderCalls> };
const kept = (holder.juxtaProviderCalls ??= new Map());

/** The adapter and parsed settings for a provider row as read now. */
export function providerCalls(row: ProviderRow): ProviderCalls {
  // The ciphertext stands for the key: a new key is a new ciphertext (random IV), and the key
  // itself never becomes part of a map key.
  const key = JSON.stringify([row.kind, effectiveBaseUrl(row), row.apiKeyEncrypted, row.settings ?? null]);
  const found = kept.get(key);
  if (found) {
    kept.delete(key);
    kept.set(key, found);
    return found;
  }
  const connection = connectionOf(row);
  const calls = { adapter: adapterFor(connection), settings: connection.settings };
  kept.set(key, calls);
  if (kept.size > MAX_CONFIGURATIONS) kept.delete(kept.keys().next().value!);
  return calls;
}
