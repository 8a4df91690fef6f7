// What the variants API answers, as zod: the routes declare these as their responses (so the
// OpenAPI document and the typed client follow them) and the services return their server side.
import { z } from "zod";
import { isoDate } from "../api/iso-date";
import { providerKinds } from "../providers/api-schemas";

const sampling = {
  systemPrompt: z.string().nullable(),
  temperature: z.number().nullable().describe("Null: the provider's default."),
  topP: z.number().nullable(),
  maxTokens: z.number().int().nullable().describe("Null: the model's limit."),
  stop: z.array(z.string()),
  seed: z.number().int().nullable(),
};

export const variantViewSchema = z.object({
  id: z.string(),
  name: z.string(),
  ...sampling,
  archived: z.boolean(),
  revision: z.object({ id: z.string(), number: z.number().int(), createdAt: isoDate }).describe("The newest revision: what compare turns and new runs use."),
  model: z.object({ id: z.string(), modelId: z.string(), displayName: z.string(), inputPricePerMTok: z.string(), outputPricePerMTok: z.string() }),
  provider: z.object({ id: z.string(), name: z.string(), kind: z.enum(providerKinds) }).describe("Its id, name and kind only (never its key)."),
  simulated: z.boolean().describe("True for the built-in simulated provider."),
  createdAt: isoDate,
});
export type VariantView = z.output<typeof variantViewSchema>;
/** The envelope of every answer that is one variant. */
export const oneVariantSchema = z.object({ variant: variantViewSchema });

export const revisionViewSchema = z.object({
  id: z.string(),
  number: z.number().int(),
  model: z.object({ id: z.string(), modelId: z.string(), displayName: z.string(), providerName: z.string() }),
  ...sampling,
  createdBy: z.object({ id: z.string(), name: z.string() }).nullable().describe("Null: made by the CLI, the demo or a test."),
  createdAt: isoDate,
  runCount: z.number().int().describe("How many runs execute this revision."),
});
export type RevisionView = z.output<typeof revisionViewSchema>;
