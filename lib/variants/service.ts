// Variants: a model plus a name, system prompt and sampling parameters. The only place that
// writes them. Settings are kept as revisions (never changed once written): an edit of any
// setting adds the next revision and copies it onto the variant row, which always holds the
// newest. Archived variants stay referenced by the completions and runs that used them.
import "server-only";
import { conflict, notFound } from "../api/errors";
import { db } from "../db/client";
import { isUniqueViolation } from "../db/errors";
import type { Prisma } from "../db/generated/client";
import type { VariantView } from "./api-schemas";
import { samplingOf } from "./request";
import { createVariantSchema, revisionFields, updateVariantSchema, type CreateVariantInput, type UpdateVariantInput } from "./schemas";

export { createVariantSchema, updateVariantSchema };

/** What the API shows: the provider's id, name and kind only (never its key). */
const variantViewInclude = {
  model: { include: { provider: { select: { id: true, name: true, kind: true } } } },
  revisions: { orderBy: { number: "desc" }, take: 1, select: { id: true, number: true, createdAt: true } },
} as const satisfies Prisma.VariantInclude;

type VariantRow = Prisma.VariantGetPayload<{ include: typeof variantViewInclude }>;
const findRow = (id: string) => db().variant.findUnique({ where: { id }, include: variantViewInclude });

function toView(row: VariantRow): VariantView {
  const revision = row.revisions[0];
  // Every variant has revision 1 (written with it, or by the migration that added revisions).
  if (!revision) throw new Error(`Variant ${row.id} has no revision.`);
  return {
    id: row.id,
    name: row.name,
    ...samplingOf(row),
    archived: row.archivedAt !== null,
    revision,
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
    include: variantViewInclude,
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

type RevisionSettings = Pick<Prisma.VariantRevisionUncheckedCreateInput, (typeof revisionFields)[number]>;

const settingsOf = (row: RevisionSettings): RevisionSettings => Object.fromEntries(revisionFields.map((field) => [field, row[field]])) as RevisionSettings;

/** userId: who made it, for the revision history (null from the CLI, the demo and tests). */
export async function createVariant(input: CreateVariantInput, userId: string | null = null): Promise<VariantView> {
  const data = createVariantSchema.parse(input);
  await assertModelUsable(data.modelId);
  const id = await writing(data.name, () =>
    db().$transaction(async (tx) => {
      const row = await tx.variant.create({ data: { ...data, stop: data.stop ?? [] } });
      await tx.variantRevision.create({ data: { variantId: row.id, number: 1, ...settingsOf(row), createdById: userId } });
      return row.id;
    }),
  );
  return getVariant(id);
}

/** A change of any setting adds a revision; a rename alone does not (runs and answers keep the
 * settings they used, not the label). */
export async function updateVariant(id: string, input: UpdateVariantInput, userId: string | null = null): Promise<VariantView> {
  const data = updateVariantSchema.parse(input);
  const current = await getVariant(id);
  if (current.archived) throw conflict("An archived variant cannot be edited; duplicate it instead.");
  if (data.modelId && data.modelId !== current.model.id) await assertModelUsable(data.modelId);
  await writing(data.name, () =>
    db().$transaction(async (tx) => {
      // Updating the row first locks it: concurrent edits number their revisions one after another.
      const row = await tx.variant.update({ where: { id }, data });
      const newest = await tx.variantRevision.findFirstOrThrow({ where: { variantId: id }, orderBy: { number: "desc" } });
      const next = settingsOf(row);
      if (JSON.stringify(next) === JSON.stringify(settingsOf(newest))) return;
      await tx.variantRevision.create({ data: { variantId: id, number: newest.number + 1, ...next, createdById: userId } });
    }),
  );
  return getVariant(id);
}

/** A copy named "<name> (copy)", "(copy 2)"… — the first free name, starting at revision 1. */
export async function duplicateVariant(id: string, userId: string | null = null): Promise<VariantView> {
  const source = await getVariant(id);
  const base = `${source.name} (copy`;
  const taken = new Set((await db().variant.findMany({ where: { name: { startsWith: base } }, select: { name: true } })).map((row) => row.name));
  let name = `${base})`;
  for (let n = 2; taken.has(name); n++) name = `${base} ${n})`;
  const { systemPrompt, temperature, topP, maxTokens, stop, seed } = source;
  return createVariant({ name, modelId: source.model.id, systemPrompt, temperature, topP, maxTokens, stop, seed }, userId);
}

/** Archived, not deleted: its completions keep it. The name is freed for a new variant. */
export async function archiveVariant(id: string): Promise<void> {
  const variant = await getVariant(id);
  if (variant.archived) return;
  await db().variant.update({ where: { id }, data: { archivedAt: new Date(), name: `${variant.name} [archived ${id.slice(-8)}]` } });
}
