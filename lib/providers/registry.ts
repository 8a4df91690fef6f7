import { anthropicAdapter } from "./adapters/anthropic";
import { openAiAdapter } from "./adapters/openai";
import { simulatedAdapter } from "./adapters/simulated";
import type { ProviderAdapter, ProviderConnection } from "./types";

export function adapterFor(connection: ProviderConnection): ProviderAdapter {
  switch (connection.kind) {
    case "openai":
    case "openai_compatible":
      return openAiAdapter(connection);
    case "anthropic":
      return anthropicAdapter(connection);
    case "simulated":
      return simulatedAdapter(connection);
  }
}
