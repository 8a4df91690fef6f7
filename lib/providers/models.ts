// The model catalog: what can be called, at what price.
import "server-only";
import { z } from "zod";
import { notFound } from "../api/errors";
import { db } from "../db/client";
import { catalogEntry } from "./catalog";
import type { CatalogRow } from "./api-schemas";
import { getProvider } from "./service";

const price = z
  .union([z.string(), z.number()])
  .transform(String)
  .pipe(z.string().regex(/^\d{1,6}(\.\d{1,6})?$/, "Prices are USD per million tokens, e.g. 2.50"));

export const updateModelSchema = z
  .object({
    displayName: z.string().trim().min(1).max(120).optional(),
    inputPricePerMTok: price.optional(),
    outputPricePerMTok: price.optional(),
    // Null: these tokens are priced as plain input (cache reads and writes) or output (reasoning).
    cachedInputPricePerMTok: price.nullable().optional(),
    cacheWritePricePerMTok: price.nullable().optional(),
    reasoningPricePerMTok: price.nullable().optional(),
    contextWindow: z.number().int().positive().max(100_000_000).nullable().optional(),
  })
  .strict();

export const importModelsSchema = z.object({ modelIds: z.array(z.string().trim().min(1).max(200)).min(1).max(500) }).strict();

export async function listModels(filter: { providerId?: string } = {}): Promise<CatalogRow[]> {
  const rows = await db().model.findMany({
    where: { archivedAt: null, provider: { archivedAt: null }, ...(filter.providerId && { providerId: filter.providerId }) },
    include: { provider: { select: { name: true, kind: true } } },
    orderBy: [{ provider: { createdAt: "asc" } }, { modelId: "asc" }],
  });
  return rows.map((row) => ({
    id: row.id,
    providerId: row.providerId,
    providerName: row.provider.name,
    providerKind: row.provider.kind,
    modelId: row.modelId,
    displayName: row.displayName,
    inputPricePerMTok: row.inputPricePerMTok.toString(),
    outputPricePerMTok: row.outputPricePerMTok.toString(),
    cachedInputPricePerMTok: row.cachedInputPricePerMTok?.toString() ?? null,
    cacheWritePricePerMTok: row.cacheWritePricePerMTok?.toString() ?? null,
    reasoningPricePerMTok: row.reasoningPricePerMTok?.toString() ?? null,
    contextWindow: row.contextWindow,
    simulated: row.provider.kind === "simulated",
  }));
}

export async function updateModel(id: string, input: z.input<typeof updateModelSchema>): Promise<CatalogRow> {
  const data = updateModelSchema.parse(input);
  const existing = await db().model.findUnique({ where: { id } });
  if (!existing) throw notFound("That model");
  await db().model.update({ where: { id }, data });
  return (await listModels({ providerId: existing.providerId })).find((row) => row.id === id)!;
}

/** Adds models a provider listed to the catalog, with catalog prices where the id is known
 * (otherwise 0, to be filled in). Idempotent. */
export async function importModels(providerId: string, modelIds: string[]): Promise<CatalogRow[]> {
  await getProvider(providerId);
  for (const modelId of new Set(modelIds)) {
    const known = catalogEntry(modelId);
    await db().model.upsert({
      where: { providerId_modelId: { providerId, modelId } },
      create: {
        providerId,
        modelId,
        displayName: known?.displayName ?? modelId,
        inputPricePerMTok: known?.input ?? "0",
        outputPricePerMTok: known?.output ?? "0",
        contextWindow: known?.contextWindow ?? null,
      },
      update: { archivedAt: null },
    });
  }
  return listModels({ providerId });
}
