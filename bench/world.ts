// What every scenario needs: an editor with a token, and a provider on the wire server with eight
// models and a variant each, all named uniquely so a bench can run against a kept database.
import { createApiToken } from "../lib/auth/api-tokens";
import { createUser } from "../lib/auth/users";
import { db } from "../lib/db/client";
import { importModels } from "../lib/providers/models";
import { createProvider } from "../lib/providers/service";
import { createVariant } from "../lib/variants/service";
import type { WireServer } from "../tests/fixtures/wire-server";

export interface BenchWorld {
  stamp: string;
  userId: string;
  authorization: string;
  /** Eight variants, one per wire model `bench-0` … `bench-7`. */
  variantIds: string[];
  variantNames: string[];
  models: string[];
}

export async function createBenchWorld(wire: WireServer): Promise<BenchWorld> {
  const stamp = Date.now().toString(36);
  const user = await createUser({ name: "Bench", email: `bench-${stamp}@example.com`, password: "bench-password", role: "editor" });
  const authorization = `Bearer ${(await createApiToken(user.id, "bench")).token}`;
  const provider = await createProvider({ name: `Bench wire ${stamp}`, kind: "openai_compatible", baseUrl: wire.openaiBaseUrl });
  const models = Array.from({ length: 8 }, (_, i) => `bench-${i}`);
  const rows = await importModels(provider.id, models);
  await db().model.updateMany({ where: { providerId: provider.id }, data: { inputPricePerMTok: "0.15", outputPricePerMTok: "0.6" } });
  const variantIds: string[] = [];
  const variantNames: string[] = [];
  for (const row of rows) {
    const name = `${row.modelId}-${stamp}`;
    variantIds.push((await createVariant({ name, modelId: row.id })).id);
    variantNames.push(name);
  }
  return { stamp, userId: user.id, authorization, variantIds, variantNames, models };
}
