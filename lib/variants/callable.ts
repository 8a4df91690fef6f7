// The one shape in which a variant is CALLED (compare turns, runs, judges): its settings, the
// revision they are, its model and the provider row. Server-only — the provider row carries the
// encrypted key; what the API shows is VariantView (api-schemas.ts), which never loads it.
import "server-only";
import { db } from "../db/client";
import type { Prisma } from "../db/generated/client";
import type { Prices } from "../metrics/completion-metrics";
import type { Endpoint } from "../providers/endpoint";
import { parseProviderSettings, type ProviderSettings } from "../providers/settings";
import { samplingOf, type SamplingSettings, type VariantSettings } from "./request";

const modelWithProvider = { include: { provider: true } } as const;

/** The newest revision, read from the variant row (which always holds it, see service.ts). */
export const callableVariantInclude = {
  model: modelWithProvider,
  revisions: { orderBy: { number: "desc" }, take: 1, select: { id: true, number: true } },
} as const satisfies Prisma.VariantInclude;

/** A given revision (a run's), whatever the variant holds now. */
export const callableRevisionInclude = { variant: { select: { id: true, name: true } }, model: modelWithProvider } as const satisfies Prisma.VariantRevisionInclude;

/** The provider row as calls need it: the key is decrypted from it, never sent anywhere else. */
export interface CallableProvider extends Endpoint {
  id: string;
  name: string;
  apiKeyEncrypted: string | null;
  settings: unknown;
}

/** The model as calls need it: its id at the provider, its prices and its provider. A Prisma row
 * (with its provider included) is one; the compare turn reads the same in its one statement. */
export interface CallableModel extends Prices {
  modelId: string;
  providerId: string;
  provider: CallableProvider;
}

export interface CallableVariant extends VariantSettings {
  /** The variant's id and name (the same for all its revisions). */
  id: string;
  name: string;
  revision: { id: string; number: number };
  model: CallableModel;
  /** The provider's settings, parsed by their schema (timeout, default limits…). */
  providerSettings: ProviderSettings;
}

export function callableVariant(variant: { id: string; name: string }, revision: { id: string; number: number }, settings: SamplingSettings, model: CallableModel): CallableVariant {
  return { id: variant.id, name: variant.name, revision, ...samplingOf(settings), model, providerSettings: parseProviderSettings(model.provider.settings) };
}

export function callableFromVariant(row: Prisma.VariantGetPayload<{ include: typeof callableVariantInclude }>): CallableVariant {
  const revision = row.revisions[0];
  if (!revision) throw new Error(`Variant ${row.id} has no revision.`);
  return callableVariant(row, revision, row, row.model);
}

export function callableFromRevision(row: Prisma.VariantRevisionGetPayload<{ include: typeof callableRevisionInclude }>): CallableVariant {
  return callableVariant(row.variant, { id: row.id, number: row.number }, row, row.model);
}

export async function findCallableVariant(where: Prisma.VariantWhereInput): Promise<CallableVariant | null> {
  const row = await db().variant.findFirst({ where, include: callableVariantInclude });
  return row ? callableFromVariant(row) : null;
}
