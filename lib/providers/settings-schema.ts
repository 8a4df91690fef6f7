// Provider.settings: one schema for what is written (the API refuses anything else), what is read
// back (settings.ts) and what the settings form checks before sending — no caller casts the JSON.
import { z } from "zod";
import { simulatedSettingsSchema } from "./simulated/settings-schema";

const TIMEOUT = "The timeout is a whole number of milliseconds from 1,000 to 600,000, or empty for the default.";
const CONCURRENCY = "Max concurrency is a whole number from 1 to 1,000, or empty for no limit.";
const PER_MINUTE = "Requests per minute is a whole number from 1 to 1,000,000, or empty for no limit.";

export const providerSettingsSchema = z
  .object({
    /** Per call, in ms. */
    timeoutMs: z.number({ error: TIMEOUT }).int(TIMEOUT).min(1000, TIMEOUT).max(600_000, TIMEOUT).optional(),
    /** Defaults of a run's limits for this provider (limits.ts); a run may set its own. */
    maxConcurrency: z.number({ error: CONCURRENCY }).int(CONCURRENCY).min(1, CONCURRENCY).max(1000, CONCURRENCY).optional(),
    requestsPerMinute: z.number({ error: PER_MINUTE }).int(PER_MINUTE).min(1, PER_MINUTE).max(1_000_000, PER_MINUTE).optional(),
    // Without its default: a provider that sets nothing stores and shows nothing (the simulated
    // adapter applies the defaults when it reads them).
    simulated: simulatedSettingsSchema.unwrap().optional(),
  })
  .strict();

export type ProviderSettings = z.infer<typeof providerSettingsSchema>;
