// API tokens for the CLI and CI: shown once, stored as a hash, revocable, and always expiring —
// there is no "never", so a token pasted into a forgotten CI config stops working on its own.
import "server-only";
import { z } from "zod";
import { conflict, notFound } from "../api/errors";
import { isoDate } from "../api/iso-date";
import { db } from "../db/client";
import { driverRows } from "../db/driver-query";
import { isUniqueViolation } from "../db/errors";
import { Prisma } from "../db/generated/client";
import { log } from "../log";
import type { AuthUser } from "./roles";
import { hashSecret, newSecret } from "./secret-tokens";
import { DEFAULT_TOKEN_DAYS, tokenDaysSchema } from "./token-days";

export const tokenNameSchema = z.string().trim().min(1, "Give the token a name.").max(80);
export const newTokenSchema = z.object({ name: tokenNameSchema, expiresInDays: tokenDaysSchema.default(DEFAULT_TOKEN_DAYS) }).strict();

/** A token as lists show it: never the token itself, only its first characters. */
export const listedTokenSchema = z.object({ id: z.string(), name: z.string(), prefix: z.string(), createdAt: isoDate, lastUsedAt: isoDate.nullable(), expiresAt: isoDate });
export const tokenListSchema = z.object({ tokens: z.array(listedTokenSchema) });
export const createdTokenSchema = z.object({
  token: z.object({ id: z.string(), name: z.string(), prefix: z.string(), expiresAt: isoDate, token: z.string().describe("The token in clear: shown this once, stored only as a hash.") }),
});

const DAY_MS = 86_400_000;
const listedFields = { id: true, name: true, prefix: true, createdAt: true, lastUsedAt: true, expiresAt: true } as const;

export interface CreatedToken {
  id: string;
  name: string;
  prefix: string;
  expiresAt: Date;
  /** The only time the token is available in clear. */
  token: string;
}

export async function createApiToken(userId: string, name: string, expiresInDays: number = DEFAULT_TOKEN_DAYS): Promise<CreatedToken> {
  const input = newTokenSchema.parse({ name, expiresInDays });
  const owner = await db().user.findUnique({ where: { id: userId }, select: { deactivatedAt: true } });
  if (!owner) throw notFound("That user");
  if (owner.deactivatedAt) throw conflict("That user is deactivated; an admin has to reactivate them first.");
  const token = newSecret("jxt");
  const prefix = token.slice(0, 10);
  const expiresAt = new Date(Date.now() + input.expiresInDays * DAY_MS);
  try {
    const row = await db().apiToken.create({ data: { userId, name: input.name, tokenHash: hashSecret(token), prefix, expiresAt } });
    return { id: row.id, name: row.name, prefix, expiresAt, token };
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict(`There is already a token named "${input.name}" (revoked or expired names stay taken).`);
    throw error;
  }
}

/** The user a bearer token acts as: nobody once it is revoked, expired, or its user deactivated.
 * One statement (token joined with its user): every API request waits for it before anything else. */
export async function userFromApiToken(token: string): Promise<AuthUser | null> {
  const [row] = await driverRows<AuthUser & { tokenId: string; revokedAt: Date | null; expiresAt: Date; lastUsedAt: Date | null; deactivatedAt: Date | null }>(Prisma.sql`
    SELECT t.id AS "tokenId", t."revokedAt", t."expiresAt", t."lastUsedAt", u.id, u.email, u.name, u.role::text AS role, u."deactivatedAt"
    FROM "ApiToken" t JOIN "User" u ON u.id = t."userId" WHERE t."tokenHash" = ${hashSecret(token)}`);
  if (!row || row.revokedAt || row.expiresAt.getTime() <= Date.now() || row.deactivatedAt) return null;
  // Coarse last-use stamp for the tokens page; one write per minute per token at most. The request
  // does not wait for it: nothing it does depends on the stamp, and a write (a commit) on its path
  // was what a compare turn's first token waited for once a minute (BENCHMARKS.md, compare).
  if (!row.lastUsedAt || Date.now() - row.lastUsedAt.getTime() > 60_000) {
    void db()
      .apiToken.updateMany({ where: { id: row.tokenId }, data: { lastUsedAt: new Date() } })
      .catch((error: unknown) => log.warn("could not stamp a token's last use", { error: error instanceof Error ? error.message : String(error) }));
  }
  const { id, email, name, role } = row;
  return { id, email, name, role };
}

/** A user's live tokens: expired ones are listed too (marked by their date) until revoked, so
 * their owner sees why the CI stopped working. */
export function listApiTokens(userId: string) {
  return db().apiToken.findMany({ where: { userId, revokedAt: null }, select: listedFields, orderBy: { createdAt: "desc" } });
}

export async function revokeApiToken(userId: string, tokenId: string): Promise<void> {
  const { count } = await db().apiToken.updateMany({
    where: { id: tokenId, userId, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  if (count === 0) throw notFound("That token");
}
