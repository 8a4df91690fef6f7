// What `juxta start` puts in the database so a fresh install can compare models at once: the
// built-in simulated provider with its models, and providers for the API keys found in env.
// Idempotent: every write is an upsert on a unique key, so restarts change nothing.
import "server-only";
import { db } from "../db/client";
import { encryptSecret, maskSecret } from "../secrets/crypto";
import type { Env } from "../config/env";
import type { ProviderKind } from "../db/generated/enums";
import { endpointChanged } from "./endpoint";
import { seedCatalogModels } from "./service";

export const SIMULATED_PROVIDER_NAME = "Simulated";

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
  await seedCatalogModels(simulated.id, "simulated");
  for (const seed of providersFromEnv(env)) {
    const endpoint = { kind: seed.kind, baseUrl: seed.baseUrl ?? null, customEndpoint: false };
    const existing = await db().provider.findUnique({ where: { name: seed.name }, select: { kind: true, baseUrl: true, customEndpoint: true } });
    // A key stored for another endpoint (an editor changed it) does not follow the reset.
    const staleKey = existing && endpointChanged(existing, endpoint) ? { apiKeyEncrypted: null, apiKeyDisplay: null } : {};
    const key = seed.apiKey ? { apiKeyEncrypted: encryptSecret(seed.apiKey), apiKeyDisplay: maskSecret(seed.apiKey) } : staleKey;
    const provider = await db().provider.upsert({
      where: { name: seed.name },
      create: { name: seed.name, ...endpoint, ...key },
      // The environment is the source of truth for these providers: a changed key replaces the old.
      update: { ...endpoint, ...key },
    });
    await seedCatalogModels(provider.id, seed.kind);
  }
}
