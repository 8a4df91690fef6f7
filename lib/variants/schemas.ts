// What a variant's settings may be: parsed by the API and, for inline errors as the user types,
// by the form (components/settings/variant-form.tsx) — the same rules, the same words.
import { z } from "zod";

// One message per setting, whatever is wrong with it ("hot", 3, 1.5 tokens): what it must be.
const TEMPERATURE = "Temperature is a number from 0 to 2, or empty for the provider's default.";
const TOP_P = "Top p is a number above 0 and at most 1, or empty for the provider's default.";
const MAX_TOKENS = "Max tokens is a whole number from 1 to 1,000,000, or empty for the model's limit.";
const SEED = "Seed is a whole number from 0 to 2,147,483,647, or empty for none.";
const STOP = "Stop sequences are 1 to 100 characters each, at most 4.";

const sampling = {
  systemPrompt: z.string().max(100_000, "The system prompt is at most 100,000 characters.").nullable().optional(),
  temperature: z.number({ error: TEMPERATURE }).min(0, TEMPERATURE).max(2, TEMPERATURE).nullable().optional(),
  topP: z.number({ error: TOP_P }).gt(0, TOP_P).max(1, TOP_P).nullable().optional(),
  maxTokens: z.number({ error: MAX_TOKENS }).int(MAX_TOKENS).min(1, MAX_TOKENS).max(1_000_000, MAX_TOKENS).nullable().optional(),
  stop: z.array(z.string().min(1, STOP).max(100, STOP), { error: STOP }).max(4, STOP).optional(),
  seed: z.number({ error: SEED }).int(SEED).min(0, SEED).max(2 ** 31 - 1, SEED).nullable().optional(),
};

const NAME = "Give the variant a name of at most 120 characters.";

export const createVariantSchema = z
  .object({
    name: z.string({ error: NAME }).trim().min(1, NAME).max(120, NAME),
    modelId: z.uuid({ error: "Pick a model." }),
    ...sampling,
  })
  .strict();

export const updateVariantSchema = z
  .object({ name: z.string({ error: NAME }).trim().min(1, NAME).max(120, NAME).optional(), modelId: z.uuid({ error: "Pick a model." }).optional(), ...sampling })
  .strict();

export type CreateVariantInput = z.input<typeof createVariantSchema>;
export type UpdateVariantInput = z.input<typeof updateVariantSchema>;

/** The settings a revision keeps: everything a call depends on (the name is only a label). */
export const revisionFields = ["modelId", "systemPrompt", "temperature", "topP", "maxTokens", "stop", "seed"] as const;
