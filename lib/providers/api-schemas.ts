// What the providers and models API answers, as zod: the routes declare these as their responses
// (so the OpenAPI document and the typed client follow them) and the services return their server
// side. A provider's key never appears: only the masked copy the settings page shows.
import { z } from "zod";
import { isoDate } from "../api/iso-date";
import { providerSettingsSchema } from "./settings-schema";

export const providerKinds = ["openai", "anthropic", "openai_compatible", "simulated"] as const;

export const publicProviderSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(providerKinds),
  baseUrl: z.string().nullable().describe('Credentials written into the URL are masked: "https://user:***@host/v1?api-key=***".'),
  customEndpoint: z.boolean().describe("openai/anthropic only: baseUrl is called instead of the official API."),
  apiKeyDisplay: z.string().nullable().describe('The key masked, e.g. "sk-…a1b2"; the key itself never leaves the server.'),
  hasApiKey: z.boolean(),
  simulated: z.boolean(),
  settings: providerSettingsSchema,
  modelCount: z.number().int(),
  createdAt: isoDate,
});
export type PublicProvider = z.output<typeof publicProviderSchema>;
export const oneProviderSchema = z.object({ provider: publicProviderSchema });

const price = z.string().describe("USD per million tokens, as a decimal string.");

export const catalogRowSchema = z.object({
  id: z.string(),
  providerId: z.string(),
  providerName: z.string(),
  providerKind: z.enum(providerKinds),
  modelId: z.string(),
  displayName: z.string(),
  inputPricePerMTok: price,
  outputPricePerMTok: price,
  cachedInputPricePerMTok: price.nullable().describe("Null: cache reads and writes are priced as plain input."),
  cacheWritePricePerMTok: price.nullable(),
  reasoningPricePerMTok: price.nullable().describe("Null: reasoning tokens are priced as plain output."),
  contextWindow: z.number().int().nullable(),
  simulated: z.boolean(),
});
export type CatalogRow = z.output<typeof catalogRowSchema>;
export const modelListSchema = z.object({ models: z.array(catalogRowSchema) });

export const connectionTestSchema = z.object({
  ok: z.boolean(),
  latencyMs: z.number().int(),
  modelCount: z.number().int(),
  error: z.object({ kind: z.string(), message: z.string() }).optional(),
});
export type ConnectionTest = z.output<typeof connectionTestSchema>;

/** What the provider itself lists, not yet in the catalog. */
export const remoteModelSchema = z.object({ id: z.string(), displayName: z.string().optional(), contextWindow: z.number().optional() });
