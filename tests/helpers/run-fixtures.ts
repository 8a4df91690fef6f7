// A small world for run tests: an editor with a token, a provider on the wire server with priced
// models and a variant per model, a prompt and a dataset — all created through the services.
import { createApiToken } from "../../lib/auth/api-tokens";
import { createUser } from "../../lib/auth/users";
import { importCases, createDataset } from "../../lib/datasets/service";
import { db } from "../../lib/db/client";
import { createPrompt } from "../../lib/prompts/service";
import { importModels } from "../../lib/providers/models";
import { createProvider } from "../../lib/providers/service";
import { createVariant } from "../../lib/variants/service";
import type { WireServer } from "../fixtures/wire-server";

export interface RunWorld {
  userId: string;
  token: string;
  variants: Record<string, string>;
  providerId: string;
  promptName: string;
  datasetId: string;
  datasetName: string;
}

/** Models become variants named `v-<model>`; prices are $1 in / $2 out per million tokens. */
export async function createRunWorld(wire: WireServer, models: string[], cases: number, tag = ""): Promise<RunWorld> {
  const user = await createUser({ name: "Engineer", email: `engineer${tag}@example.com`, password: "long-enough", role: "editor" });
  const token = (await createApiToken(user.id, "ci")).token;
  const provider = await createProvider({ name: `Wire${tag}`, kind: "openai_compatible", baseUrl: wire.openaiBaseUrl });
  const rows = await importModels(provider.id, models);
  await db().model.updateMany({ where: { providerId: provider.id }, data: { inputPricePerMTok: "1", outputPricePerMTok: "2" } });
  const variants: Record<string, string> = {};
  for (const row of rows) variants[row.modelId] = (await createVariant({ name: `v-${row.modelId}${tag}`, modelId: row.id })).id;
  const promptName = `capitals${tag}`;
  await createPrompt({ name: promptName, messages: [{ role: "user", content: "Capital of {{country}}?" }] }, user.id);
  const datasetName = `countries${tag}`;
  const dataset = await createDataset({ name: datasetName });
  const lines = Array.from({ length: cases }, (_, i) => JSON.stringify({ variables: { country: `Country${i}` }, expected: `Echo: Capital of Country${i}?`, assertions: [{ type: "contains", value: `Country${i}` }] }));
  await importCases(dataset.id, { format: "jsonl", content: lines.join("\n") });
  return { userId: user.id, token, variants, providerId: provider.id, promptName, datasetId: dataset.id, datasetName };
}
