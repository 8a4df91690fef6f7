// What `juxta start` puts in the database so a fresh install can compare models at once: the
// built-in simulated provider with its models, and providers for the API keys found in env.
// Idempotent: every write is an upsert on a unique key, so restarts change nothing.
import { db } from "../db/client";
import { encryptSecret, maskSecret } from "../secrets/crypto";
import type { Env } from "../config/env";
import type { ProviderKind } from "../db/generated/enums";

export const SIMULATED_PROVIDER_NAME = "Simulated";

/** Offline models with different speed, length and price, so a demo shows real differences.
 * Prices are invented but in the range of real small/medium/large models (USD per 1M tokens). */
export const simulatedModels = [
  { modelId: "sim-fast", displayName: "sim-fast (simulated)", input: "0.10", output: "0.40", contextWindow: 128_000 },
  { modelId: "sim-balanced", displayName: "sim-balanced (simulated)", input: "0.50", output: "1.50", contextWindow: 200_000 },
  { modelId: "sim-large", displayName: "sim-large (simulated)", input: "3.00", output: "15.00", contextWindow: 200_000 },
] as const;

interface ProviderSeed {
  name: string;
  kind: ProviderKind;
  baseUrl?: string;
  apiKey?: string;
}

export function providersFromEnv(env: Pick<Env, "OPENAI_API_KEY" | "OPENAI_BASE_URL" | "ANTHROPIC_API_KEY">): ProviderSeed[] {
  const seeds: ProviderSeed[] = [];
  if (env.OPENAI_BASE_URL) {
    // A base URL means an OpenAI-compatible server (Ollama, vLLM, OpenRouter…); a key is optional.
    seeds.push({ name: "OpenAI-compatible", kind: "openai_compatible", baseUrl: env.OPENAI_BASE_URL, apiKey: env.OPENAI_API_KEY });
  } else if (env.OPENAI_API_KEY) {
    seeds.push({ name: "OpenAI", kind: "openai", apiKey: env.OPENAI_API_KEY });
  }
  if (env.ANTHROPIC_API_KEY) seeds.push({ name: "Anthropic", kind: "anthropic", apiKey: env.ANTHROPIC_API_KEY });
  return seeds;
}

export async function seedProviders(env: Pick<Env, "OPENAI_API_KEY" | "OPENAI_BASE_URL" | "ANTHROPIC_API_KEY">) {
  const simulated = await db().provider.upsert({
    where: { name: SIMULATED_PROVIDER_NAME },
    create: { name: SIMULATED_PROVIDER_NAME, kind: "simulated" },
    update: {},
  });
  for (const model of simulatedModels) {
    await db().model.upsert({
      where: { providerId_modelId: { providerId: simulated.id, modelId: model.modelId } },
      create: {
        providerId: simulated.id,
        modelId: model.modelId,
        displayName: model.displayName,
        inputPricePerMTok: model.input,
        outputPricePerMTok: model.output,
        contextWindow: model.contextWindow,
      },
      update: {},
    });
  }
  for (const seed of providersFromEnv(env)) {
    const key = seed.apiKey ? { apiKeyEncrypted: encryptSecret(seed.apiKey), apiKeyDisplay: maskSecret(seed.apiKey) } : {};
    await db().provider.upsert({
      where: { name: seed.name },
      create: { name: seed.name, kind: seed.kind, baseUrl: seed.baseUrl ?? null, ...key },
      // The environment is the source of truth for these providers: a changed key replaces the old.
      update: { kind: seed.kind, baseUrl: seed.baseUrl ?? null, ...key },
    });
  }
}
