// Provider.settings: one schema for what is written (the API refuses anything else) and for what
// is read back, so no caller casts the stored JSON.
import { z } from "zod";
import { log } from "../log";
import { simulatedSettingsSchema } from "./adapters/simulated";

export const providerSettingsSchema = z
  .object({
    /** Per call, in ms. */
    timeoutMs: z.number().int().min(1000).max(600_000).optional(),
    /** Defaults of a run's limits for this provider (limits.ts); a run may set its own. */
    maxConcurrency: z.number().int().min(1).max(1000).optional(),
    requestsPerMinute: z.number().int().min(1).max(1_000_000).optional(),
    // Without its default: a provider that sets nothing stores and shows nothing (the simulated
    // adapter applies the defaults when it reads them).
    simulated: simulatedSettingsSchema.unwrap().optional(),
  })
  .strict();

export type ProviderSettings = z.infer<typeof providerSettingsSchema>;

/** The stored settings, parsed. Rows written before a rule existed may break it: such a row is
 * read as having no settings (and logged) rather than failing every call to the provider. */
export function parseProviderSettings(stored: unknown): ProviderSettings {
  const parsed = providerSettingsSchema.safeParse(stored ?? {});
  if (parsed.success) return parsed.data;
  log.warn("provider settings do not match their schema; using none", { issues: parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`) });
  return {};
}
