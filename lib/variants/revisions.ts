// A variant's revision history, newest first: what each revision set, who made it and when.
import "server-only";
import { db } from "../db/client";
import { notFound } from "../api/errors";
import type { RevisionView } from "./api-schemas";
import { samplingOf } from "./request";

export async function listRevisions(variantId: string): Promise<RevisionView[]> {
  const variant = await db().variant.findUnique({ where: { id: variantId }, select: { id: true } });
  if (!variant) throw notFound("That variant");
  const rows = await db().variantRevision.findMany({
    where: { variantId },
    orderBy: { number: "desc" },
    include: {
      model: { select: { id: true, modelId: true, displayName: true, provider: { select: { name: true } } } },
      createdBy: { select: { id: true, name: true } },
      _count: { select: { runVariants: true } },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    number: row.number,
    model: { id: row.model.id, modelId: row.model.modelId, displayName: row.model.displayName, providerName: row.model.provider.name },
    ...samplingOf(row),
    createdBy: row.createdBy,
    createdAt: row.createdAt,
    runCount: row._count.runVariants,
  }));
}
