// Turning the names and ids a user typed into rows, with errors that say which one is wrong.
import "server-only";
import { z } from "zod";
import { AppError, notFound } from "../api/errors";
import { db } from "../db/client";
import { findCallableVariant } from "../variants/callable";

const isUuid = (value: string) => z.uuid().safeParse(value).success;

export async function resolvePromptVersion(reference: string) {
  if (isUuid(reference)) {
    const version = await db().promptVersion.findUnique({ where: { id: reference }, include: { prompt: true } });
    if (version) return version;
    const latest = await db().promptVersion.findFirst({ where: { promptId: reference }, orderBy: { version: "desc" }, include: { prompt: true } });
    if (latest) return latest;
    throw notFound("That prompt");
  }
  const at = reference.lastIndexOf("@");
  const name = at > 0 ? reference.slice(0, at) : reference;
  const versionText = at > 0 ? reference.slice(at + 1) : null;
  if (versionText !== null && !/^\d+$/.test(versionText)) throw new AppError("validation", 400, `"${reference}": the part after @ is a version number.`);
  const prompt = await db().prompt.findFirst({ where: { name, archivedAt: null } });
  if (!prompt) throw notFound(`A prompt named "${name}"`);
  const version = await db().promptVersion.findFirst({
    where: { promptId: prompt.id, ...(versionText !== null && { version: Number(versionText) }) },
    orderBy: { version: "desc" },
    include: { prompt: true },
  });
  if (!version) throw notFound(`Version ${versionText} of "${name}"`);
  return version;
}

export async function resolveDataset(reference: string) {
  const dataset = await db().dataset.findFirst({
    where: { archivedAt: null, ...(isUuid(reference) ? { id: reference } : { name: reference }) },
    include: { cases: { orderBy: { position: "asc" } } },
  });
  if (!dataset) throw notFound(isUuid(reference) ? "That dataset" : `A dataset named "${reference}"`);
  return dataset;
}

export async function resolveVariants(references: string[]) {
  if (new Set(references).size !== references.length) throw new AppError("validation", 400, "A variant is listed twice.");
  return Promise.all(
    references.map(async (reference) => {
      const variant = await findCallableVariant({ archivedAt: null, ...(isUuid(reference) ? { id: reference } : { name: reference }) });
      if (!variant) throw notFound(isUuid(reference) ? "That variant" : `A variant named "${reference}"`);
      return variant;
    }),
  );
}

/** Rate limits keyed by provider id, whatever the user keyed them by. */
export async function resolveRateLimits<T>(limits: Record<string, T>): Promise<Record<string, T>> {
  const resolved: Record<string, T> = {};
  for (const [key, value] of Object.entries(limits)) {
    const provider = await db().provider.findFirst({ where: isUuid(key) ? { id: key } : { name: key } });
    if (!provider) throw notFound(`A provider named "${key}"`);
    resolved[provider.id] = value;
  }
  return resolved;
}
