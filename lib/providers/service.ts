// Providers: the only place that writes them. API keys go in encrypted and come out only as a
// masked copy (toPublicProvider) or, server-side, inside a ProviderConnection for an adapter.
// A key belongs to the endpoint it was given for: changing the endpoint drops it (endpoint.ts).
import "server-only";
import { z } from "zod";
import { AppError, conflict, notFound } from "../api/errors";
import { db } from "../db/client";
import { isUniqueViolation } from "../db/errors";
import type { Prisma } from "../db/generated/client";
import { decryptSecret, encryptSecret, maskSecret } from "../secrets/crypto";
import { redactUrlCredentials } from "../net/redact-url";
import { catalog } from "./catalog";
import { effectiveBaseUrl, endpointChanged, endpointProblem, hasOfficialEndpoint, type Endpoint } from "./endpoint";
import { classifyError } from "./errors";
import { adapterFor } from "./registry";
import { providerKinds, type ConnectionTest, type PublicProvider } from "./api-schemas";
import { parseProviderSettings, providerSettingsSchema } from "./settings";
import type { ProviderConnection, ProviderKind, RemoteModel } from "./types";

const baseUrl = z.url({ error: "Enter the server's base URL, e.g. http://127.0.0.1:11434/v1" }).max(500);
const apiKey = z.string().trim().min(1, "The API key is empty.").max(500);

export const createProviderSchema = z
  .object({
    name: z.string().trim().min(1, "Give the provider a name.").max(80),
    kind: z.enum(providerKinds),
    baseUrl: baseUrl.optional(),
    /** openai/anthropic: call baseUrl instead of the official API (see endpoint.ts). */
    customEndpoint: z.boolean().default(false),
    apiKey: apiKey.optional(),
    settings: providerSettingsSchema.default({}),
  })
  .strict()
  .refine((input) => input.kind !== "openai_compatible" || input.baseUrl, { message: "An OpenAI-compatible provider needs a base URL.", path: ["baseUrl"] })
  .superRefine((input, context) => {
    const problem = endpointProblem({ kind: input.kind, baseUrl: input.baseUrl ?? null, customEndpoint: input.customEndpoint });
    if (problem) context.addIssue({ code: "custom", message: problem, path: ["baseUrl"] });
  });

export const updateProviderSchema = z
  .object({
    name: z.string().trim().min(1).max(80).optional(),
    /** A new endpoint drops the stored key unless apiKey comes with it. */
    baseUrl: baseUrl.nullable().optional(),
    customEndpoint: z.boolean().optional(),
    /** A new key replaces the old; null removes it; absent keeps it (while the endpoint stays). */
    apiKey: apiKey.nullable().optional(),
    settings: providerSettingsSchema.optional(),
  })
  .strict();

const publicSelect = {
  id: true,
  name: true,
  kind: true,
  baseUrl: true,
  customEndpoint: true,
  apiKeyDisplay: true,
  settings: true,
  archivedAt: true,
  createdAt: true,
  updatedAt: true,
  _count: { select: { models: true } },
} as const;

type PublicRow = Prisma.ProviderGetPayload<{ select: typeof publicSelect }>;

function toPublicProvider(row: PublicRow): PublicProvider {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    baseUrl: row.baseUrl === null ? null : redactUrlCredentials(row.baseUrl),
    customEndpoint: row.customEndpoint,
    apiKeyDisplay: row.apiKeyDisplay,
    hasApiKey: row.apiKeyDisplay !== null,
    simulated: row.kind === "simulated",
    settings: parseProviderSettings(row.settings),
    modelCount: row._count.models,
    createdAt: row.createdAt,
  };
}

export async function listProviders(): Promise<PublicProvider[]> {
  const rows = await db().provider.findMany({ where: { archivedAt: null }, select: publicSelect, orderBy: { createdAt: "asc" } });
  return rows.map(toPublicProvider);
}

export async function getProvider(id: string): Promise<PublicProvider> {
  const row = await db().provider.findFirst({ where: { id, archivedAt: null }, select: publicSelect });
  if (!row) throw notFound("That provider");
  return toPublicProvider(row);
}

function keyColumns(key: string | null | undefined) {
  if (key === undefined) return {};
  return key === null ? { apiKeyEncrypted: null, apiKeyDisplay: null } : { apiKeyEncrypted: encryptSecret(key), apiKeyDisplay: maskSecret(key) };
}

export async function createProvider(input: z.input<typeof createProviderSchema>): Promise<PublicProvider> {
  const data = createProviderSchema.parse(input);
  try {
    const row = await db().provider.create({
      data: {
        name: data.name,
        kind: data.kind,
        baseUrl: data.baseUrl ?? null,
        customEndpoint: hasOfficialEndpoint(data.kind) && data.customEndpoint,
        settings: data.settings,
        ...keyColumns(data.apiKey),
      },
      select: { id: true },
    });
    await seedCatalogModels(row.id, data.kind);
    return getProvider(row.id);
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict(`A provider named "${data.name}" already exists.`);
    throw error;
  }
}

/** The endpoint a change leads to. A base URL equal to the masked copy the API shows is the
 * stored one sent back unchanged; turning customEndpoint off returns to the official API. */
function nextEndpoint(current: Endpoint, change: z.infer<typeof updateProviderSchema>): Endpoint {
  const customEndpoint = hasOfficialEndpoint(current.kind) && (change.customEndpoint ?? current.customEndpoint);
  const roundTrip = current.baseUrl !== null && change.baseUrl === redactUrlCredentials(current.baseUrl);
  let next = change.baseUrl === undefined || roundTrip ? current.baseUrl : change.baseUrl;
  if (change.customEndpoint === false && change.baseUrl === undefined && hasOfficialEndpoint(current.kind)) next = null;
  return { kind: current.kind, baseUrl: next, customEndpoint };
}

export async function updateProvider(id: string, input: z.input<typeof updateProviderSchema>): Promise<PublicProvider> {
  const data = updateProviderSchema.parse(input);
  const current = await db().provider.findFirst({ where: { id, archivedAt: null }, select: { kind: true, baseUrl: true, customEndpoint: true } });
  if (!current) throw notFound("That provider");
  const next = nextEndpoint(current, data);
  const problem = endpointProblem(next);
  if (problem) throw new z.ZodError([{ code: "custom", message: problem, path: ["baseUrl"], input: data.baseUrl }]);
  // Without a new key, a changed endpoint loses the old one: a key must never follow its
  // provider to a host its owner did not choose.
  const key = data.apiKey !== undefined ? keyColumns(data.apiKey) : endpointChanged(current, next) ? keyColumns(null) : {};
  try {
    // Conditional on the endpoint read above, so a key cannot be kept across a concurrent change.
    const { count } = await db().provider.updateMany({
      where: { id, archivedAt: null, kind: current.kind, baseUrl: current.baseUrl, customEndpoint: current.customEndpoint },
      data: {
        ...(data.name !== undefined && { name: data.name }),
        baseUrl: next.baseUrl,
        customEndpoint: next.customEndpoint,
        ...(data.settings !== undefined && { settings: data.settings }),
        ...key,
      },
    });
    if (count === 0) throw conflict("The provider was changed at the same time; reload it and try again.");
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict(`A provider named "${data.name}" already exists.`);
    throw error;
  }
  return getProvider(id);
}

/** Archived, not deleted: completions and variants keep pointing at its models. */
export async function archiveProvider(id: string): Promise<void> {
  const provider = await getProvider(id);
  // Frees the name for a new provider; the suffix keeps archived names unique.
  await db().provider.update({ where: { id }, data: { archivedAt: new Date(), name: `${provider.name} [archived ${id.slice(-8)}]` } });
}

/** The catalog's models for a new provider of a known kind; existing models are left as they are. */
export async function seedCatalogModels(providerId: string, kind: ProviderKind): Promise<void> {
  for (const model of catalog[kind] ?? []) {
    await db().model.upsert({
      where: { providerId_modelId: { providerId, modelId: model.modelId } },
      create: { providerId, modelId: model.modelId, displayName: model.displayName, inputPricePerMTok: model.input, outputPricePerMTok: model.output, contextWindow: model.contextWindow },
      update: {},
    });
  }
}

/** Server-side only: what an adapter needs, key decrypted. Never return this from an API. */
export async function connectionFor(providerId: string): Promise<ProviderConnection> {
  const row = await db().provider.findUnique({ where: { id: providerId } });
  if (!row) throw notFound("That provider");
  return connectionOf(row);
}

/** The same, from a provider row already read (with its encrypted key). */
export function connectionOf(row: Endpoint & { apiKeyEncrypted: string | null; settings: unknown }): ProviderConnection {
  return {
    kind: row.kind,
    baseUrl: effectiveBaseUrl(row),
    apiKey: row.apiKeyEncrypted ? decryptSecret(row.apiKeyEncrypted) : null,
    settings: parseProviderSettings(row.settings),
  };
}

/** Lists the provider's models as a cheap, side-effect-free proof that URL and key work. */
export async function testProvider(id: string): Promise<ConnectionTest> {
  const adapter = adapterFor(await connectionFor(id));
  const started = performance.now();
  try {
    const models = await adapter.listModels(AbortSignal.timeout(15_000));
    return { ok: true, latencyMs: Math.round(performance.now() - started), modelCount: models.length };
  } catch (raw) {
    const error = classifyError(raw);
    return { ok: false, latencyMs: Math.round(performance.now() - started), modelCount: 0, error: { kind: error.kind, message: error.message } };
  }
}

export async function listRemoteModels(id: string): Promise<RemoteModel[]> {
  const adapter = adapterFor(await connectionFor(id));
  try {
    return await adapter.listModels(AbortSignal.timeout(15_000));
  } catch (raw) {
    const error = classifyError(raw);
    throw new AppError("unavailable", 502, `The provider did not list its models (${error.kind}): ${error.message}`);
  }
}
