// Saved routing policies: a name and immutable, numbered versions of the definition. The only
// place that writes them; a change is always a new version, so a projection that names
// "policy@3" can be repeated on any later run.
import "server-only";
import { z } from "zod";
import { conflict, notFound } from "../../api/errors";
import { db } from "../../db/client";
import { isUniqueViolation } from "../../db/errors";
import { createNextVersion } from "../../db/next-version";
import type { Prisma } from "../../db/generated/client";
import { isoDate } from "../../api/iso-date";
import { policyDefinitionSchema, type PolicyDefinition } from "./policy";

export const createPolicySchema = z
  .object({ name: z.string().trim().min(1, "Give the policy a name.").max(120).regex(/^[^@]+$/, "Policy names cannot contain @ (it separates name and version)."), definition: policyDefinitionSchema })
  .strict();
export const newPolicyVersionSchema = z.object({ definition: policyDefinitionSchema }).strict();

export interface PolicyVersionView {
  version: number;
  definition: PolicyDefinition;
  createdBy: string;
  createdAt: Date;
}

/** What the routing-policy API answers (the routes' response schemas). */
export const policyVersionSchema = z.object({ version: z.number().int(), definition: policyDefinitionSchema, createdBy: z.string(), createdAt: isoDate });
export const policySchema = z.object({ id: z.string(), name: z.string(), createdAt: isoDate, versions: z.array(policyVersionSchema).describe("Newest first; versions never change.") });
export const policySummarySchema = z.object({ id: z.string(), name: z.string(), createdAt: isoDate, latest: policyVersionSchema.nullable() });

const versionInclude = { createdBy: { select: { name: true } } } as const;
type VersionRow = Prisma.RoutingPolicyVersionGetPayload<{ include: typeof versionInclude }>;

// Stored definitions were parsed on the way in; parsing again gives them their type (and defaults).
const toVersion = (row: VersionRow): PolicyVersionView => ({ version: row.version, definition: policyDefinitionSchema.parse(row.definition), createdBy: row.createdBy.name, createdAt: row.createdAt });

export async function listPolicies() {
  const rows = await db().routingPolicy.findMany({
    where: { archivedAt: null },
    orderBy: { name: "asc" },
    include: { versions: { orderBy: { version: "desc" }, take: 1, include: versionInclude } },
  });
  return rows.map((row) => ({ id: row.id, name: row.name, createdAt: row.createdAt, latest: row.versions[0] ? toVersion(row.versions[0]) : null }));
}

export async function getPolicy(id: string) {
  const row = await db().routingPolicy.findFirst({ where: { id, archivedAt: null }, include: { versions: { orderBy: { version: "desc" }, include: versionInclude } } });
  if (!row) throw notFound("That routing policy");
  return { id: row.id, name: row.name, createdAt: row.createdAt, versions: row.versions.map(toVersion) };
}

/** A saved version's definition: the latest unless `version` is given. */
export async function policyVersion(id: string, version?: number): Promise<PolicyVersionView & { policyId: string; name: string }> {
  const policy = await getPolicy(id);
  const chosen = version === undefined ? policy.versions[0] : policy.versions.find((entry) => entry.version === version);
  if (!chosen) throw notFound(`Version ${version} of routing policy "${policy.name}"`);
  return { ...chosen, policyId: policy.id, name: policy.name };
}

export async function createPolicy(input: z.input<typeof createPolicySchema>, userId: string) {
  const data = createPolicySchema.parse(input);
  try {
    const row = await db().routingPolicy.create({
      data: { name: data.name, createdById: userId, versions: { create: { version: 1, definition: data.definition, createdById: userId } } },
    });
    return getPolicy(row.id);
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict(`A routing policy named "${data.name}" already exists.`);
    throw error;
  }
}

/** Adds version n+1; two saves at once both get one (lib/db/next-version.ts). */
export async function addPolicyVersion(policyId: string, input: z.input<typeof newPolicyVersionSchema>, userId: string): Promise<PolicyVersionView> {
  const data = newPolicyVersionSchema.parse(input);
  await getPolicy(policyId);
  const created = await createNextVersion(
    () => db().routingPolicyVersion.findFirst({ where: { policyId }, orderBy: { version: "desc" }, select: { version: true } }),
    (version) => db().routingPolicyVersion.create({ data: { policyId, version, definition: data.definition, createdById: userId }, include: versionInclude }),
  );
  if (created) return toVersion(created);
  throw conflict("Too many versions were saved at once; try again.");
}
