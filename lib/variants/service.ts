// Variants: a model plus a name, system prompt and sampling parameters. The only place that
// writes them. Archived variants stay referenced by the completions they made.
import "server-only";
import { z } from "zod";
import { conflict, notFound } from "../api/errors";
import { db } from "../db/client";
import { isUniqueViolation } from "../db/errors";
import type { ProviderKind } from "../providers/types";

// One message per setting, whatever is wrong with it ("hot", 3, 1.5 tokens): what it must be.
const TEMPERATURE = "Temperature is a number from 0 to 2, or empty for the provider's default.";
const TOP_P = "Top p is a number above 0 and at most 1, or empty for the provider's default.";
const MAX_TOKENS = "Max tokens is a whole number from 1 to 1,000,000, or empty for the model's limit.";
const SEED = "Seed is a whole number from 0 to 2,147,483,647, or empty for none.";

const sampling = {
  systemPrompt: z.string().max(100_000).nullable().optional(),
  temperature: z.number({ error: TEMPERATURE }).min(0, TEMPERATURE).max(2, TEMPERATURE).nullable().optional(),
  topP: z.number({ error: TOP_P }).gt(0, TOP_P).max(1, TOP_P).nullable().optional(),
  maxTokens: z.number({ error: MAX_TOKENS }).int(MAX_TOKENS).min(1, MAX_TOKENS).max(1_000_000, MAX_TOKENS).nullable().optional(),
  stop: z.array(z.string().min(1).max(100)).max(4, "At most 4 stop sequences.").optional(),
  seed: z.number({ error: SEED }).int(SEED).min(0, SEED).max(2 ** 31 - 1, SEED).nullable().optional(),
};

export const createVariantSchema = z
  .object({
    name: z.string().trim().min(1, "Give the variant a name.").max(120),
    modelId: z.uuid({ error: "Pick a model." }),
    ...sampling,
  })
  .strict();

export const updateVariantSchema = z
  .object({ name: z.string().trim().min(1).max(120).optional(), modelId: z.uuid().optional(), ...sampling })
  .strict();

const variantInclude = { model: { include: { provider: { select: { id: true, name: true, kind: true } } } } } as const;

export interface VariantView {
  id: string;
  name: string;
  systemPrompt: string | null;
  temperature: number | null;
  topP: number | null;
  maxTokens: number | null;
  stop: string[];
  seed: number | null;
  archived: boolean;
  model: { id: string; modelId: string; displayName: string; inputPricePerMTok: string; outputPricePerMTok: string };
  provider: { id: string; name: string; kind: ProviderKind };
  /** True for the built-in simulated provider: show it wherever the model's name appears. */
  simulated: boolean;
  createdAt: Date;
}

type VariantRow = NonNullable<Awaited<ReturnType<typeof findRow>>>;
const findRow = (id: string) => db().variant.findUnique({ where: { id }, include: variantInclude });

function toView(row: VariantRow): VariantView {
  return {
    id: row.id,
    name: row.name,
    systemPrompt: row.systemPrompt,
    temperature: row.temperature,
    topP: row.topP,
    maxTokens: row.maxTokens,
    stop: row.stop,
    seed: row.seed,
    archived: row.archivedAt !== null,
    model: {
      id: row.model.id,
      modelId: row.model.modelId,
      displayName: row.model.displayName,
      inputPricePerMTok: row.model.inputPricePerMTok.toString(),
      outputPricePerMTok: row.model.outputPricePerMTok.toString(),
    },
    provider: row.model.provider,
    simulated: row.model.provider.kind === "simulated",
    createdAt: row.createdAt,
  };
}

export async function listVariants(options: { includeArchived?: boolean } = {}): Promise<VariantView[]> {
  const rows = await db().variant.findMany({
    where: options.includeArchived ? {} : { archivedAt: null },
    include: variantInclude,
    orderBy: { name: "asc" },
  });
  return rows.map(toView);
}

export async function getVariant(id: string): Promise<VariantView> {
  const row = await findRow(id);
  if (!row) throw notFound("That variant");
  return toView(row);
}

async function assertModelUsable(modelId: string) {
  const model = await db().model.findFirst({ where: { id: modelId, archivedAt: null, provider: { archivedAt: null } } });
  if (!model) throw notFound("That model");
}

async function writing<T>(name: string | undefined, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict(`A variant named "${name}" already exists.`);
    throw error;
  }
}

export async function createVariant(input: z.input<typeof createVariantSchema>): Promise<VariantView> {
  const data = createVariantSchema.parse(input);
  await assertModelUsable(data.modelId);
  const row = await writing(data.name, () => db().variant.create({ data: { ...data, stop: data.stop ?? [] }, include: variantInclude }));
  return toView(row);
}

export async function updateVariant(id: string, input: z.input<typeof updateVariantSchema>): Promise<VariantView> {
  const data = updateVariantSchema.parse(input);
  await getVariant(id);
  if (data.modelId) await assertModelUsable(data.modelId);
  const row = await writing(data.name, () => db().variant.update({ where: { id }, data, include: variantInclude }));
  return toView(row);
}

/** A copy named "<name> (copy)", "(copy 2)"… — the first free name. */
export async function duplicateVariant(id: string): Promise<VariantView> {
  const source = await getVariant(id);
  const base = `${source.name} (copy`;
  const taken = new Set((await db().variant.findMany({ where: { name: { startsWith: base } }, select: { name: true } })).map((row) => row.name));
  let name = `${base})`;
  for (let n = 2; taken.has(name); n++) name = `${base} ${n})`;
  return createVariant({
    name,
    modelId: source.model.id,
    systemPrompt: source.systemPrompt,
    temperature: source.temperature,
    topP: source.topP,
    maxTokens: source.maxTokens,
    stop: source.stop,
    seed: source.seed,
  });
}

/** Archived, not deleted: its completions keep it. The name is freed for a new variant. */
export async function archiveVariant(id: string): Promise<void> {
  const variant = await getVariant(id);
  if (variant.archived) return;
  await db().variant.update({ where: { id }, data: { archivedAt: new Date(), name: `${variant.name} [archived ${id.slice(-8)}]` } });
}
