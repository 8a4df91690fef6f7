// Provider.settings.simulated, apart from the adapter so that the settings schema can be parsed in
// the browser too (the adapter needs Node).
import { z } from "zod";
import { profileOverrideSchema } from "./profiles";

/** A speed multiplier and per-model overrides. */
export const simulatedSettingsSchema = z
  .object({
    /** Divides every latency (and multiplies tokens/s): for demos and tests. Rates are unchanged. */
    speed: z.number().positive().max(1000).default(1),
    profiles: z.record(z.string(), profileOverrideSchema).default({}),
  })
  .default({ speed: 1, profiles: {} });
