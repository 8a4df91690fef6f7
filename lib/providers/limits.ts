// A run's per-provider limits: what the run was given, else what the provider's settings say.
import type { ProviderSettings } from "./settings";

export interface ProviderLimits {
  maxConcurrency?: number;
  requestsPerMinute?: number;
}

/** The limits a run stores, keyed by provider id: each field the run did not set comes from the
 * provider's own maxConcurrency / requestsPerMinute, so a provider's limits hold in every run. */
export function limitsWithProviderDefaults(
  runLimits: Record<string, ProviderLimits>,
  providers: Iterable<{ id: string; settings: ProviderSettings }>,
): Record<string, ProviderLimits> {
  const merged: Record<string, ProviderLimits> = { ...runLimits };
  for (const provider of providers) {
    const own = runLimits[provider.id] ?? {};
    const limits: ProviderLimits = {
      ...(provider.settings.maxConcurrency !== undefined && { maxConcurrency: provider.settings.maxConcurrency }),
      ...(provider.settings.requestsPerMinute !== undefined && { requestsPerMinute: provider.settings.requestsPerMinute }),
      ...own,
    };
    if (Object.keys(limits).length > 0) merged[provider.id] = limits;
  }
  return merged;
}
