// The seeded model catalog: well-known models with list prices (USD per million tokens) and
// context windows, added when an OpenAI or Anthropic provider is created. Prices change and this
// list ages: every price is editable on /settings/providers, and `listModels` finds new models.
//
// Source: the providers' public pricing pages (openai.com/api/pricing,
// docs.anthropic.com/en/docs/about-claude/pricing) as last checked by the authors in October 2025.
import type { ProviderKind } from "./types";

export interface CatalogModel {
  modelId: string;
  displayName: string;
  input: string;
  output: string;
  contextWindow: number;
}

export const catalog: Partial<Record<ProviderKind, CatalogModel[]>> = {
  openai: [
    { modelId: "gpt-5", displayName: "GPT-5", input: "1.25", output: "10.00", contextWindow: 400_000 },
    { modelId: "gpt-5-mini", displayName: "GPT-5 mini", input: "0.25", output: "2.00", contextWindow: 400_000 },
    { modelId: "gpt-5-nano", displayName: "GPT-5 nano", input: "0.05", output: "0.40", contextWindow: 400_000 },
    { modelId: "gpt-4.1", displayName: "GPT-4.1", input: "2.00", output: "8.00", contextWindow: 1_047_576 },
    { modelId: "gpt-4.1-mini", displayName: "GPT-4.1 mini", input: "0.40", output: "1.60", contextWindow: 1_047_576 },
    { modelId: "gpt-4.1-nano", displayName: "GPT-4.1 nano", input: "0.10", output: "0.40", contextWindow: 1_047_576 },
    { modelId: "gpt-4o", displayName: "GPT-4o", input: "2.50", output: "10.00", contextWindow: 128_000 },
    { modelId: "gpt-4o-mini", displayName: "GPT-4o mini", input: "0.15", output: "0.60", contextWindow: 128_000 },
    { modelId: "o3", displayName: "o3", input: "2.00", output: "8.00", contextWindow: 200_000 },
    { modelId: "o4-mini", displayName: "o4-mini", input: "1.10", output: "4.40", contextWindow: 200_000 },
  ],
  anthropic: [
    { modelId: "claude-opus-4-1", displayName: "Claude Opus 4.1", input: "15.00", output: "75.00", contextWindow: 200_000 },
    { modelId: "claude-sonnet-4-5", displayName: "Claude Sonnet 4.5", input: "3.00", output: "15.00", contextWindow: 200_000 },
    { modelId: "claude-haiku-4-5", displayName: "Claude Haiku 4.5", input: "1.00", output: "5.00", contextWindow: 200_000 },
    { modelId: "claude-3-5-haiku-latest", displayName: "Claude Haiku 3.5", input: "0.80", output: "4.00", contextWindow: 200_000 },
  ],
  simulated: [
    // Invented prices in the range of real small, medium and large models.
    { modelId: "sim-fast", displayName: "sim-fast (simulated)", input: "0.10", output: "0.40", contextWindow: 128_000 },
    { modelId: "sim-balanced", displayName: "sim-balanced (simulated)", input: "0.50", output: "1.50", contextWindow: 200_000 },
    { modelId: "sim-large", displayName: "sim-large (simulated)", input: "3.00", output: "15.00", contextWindow: 200_000 },
  ],
};

/** Catalog data for any provider's model id (an OpenAI-compatible router may serve "gpt-4o"). */
export function catalogEntry(modelId: string): CatalogModel | undefined {
  const bare = modelId.includes("/") ? modelId.slice(modelId.lastIndexOf("/") + 1) : modelId;
  return Object.values(catalog)
    .flat()
    .find((entry) => entry?.modelId === bare);
}
