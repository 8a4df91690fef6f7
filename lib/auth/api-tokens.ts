// API tokens for the CLI and CI: shown once, stored as a hash, revocable.
import { z } from "zod";
import { conflict, notFound } from "../api/errors";
import { db } from "../db/client";
import { isUniqueViolation } from "../db/errors";
import type { AuthUser } from "./roles";
import { hashSecret, newSecret } from "./secret-tokens";

export const tokenNameSchema = z.string().trim().min(1, "Give the token a name.").max(80);

export interface CreatedToken {
  id: string;
  name: string;
  prefix: string;
  /** The only time the token is available in clear. */
  token: string;
}

export async function createApiToken(userId: string, name: string): Promise<CreatedToken> {
  const tokenName = tokenNameSchema.parse(name);
  const token = newSecret("jxt");
  const prefix = token.slice(0, 10);
  try {
    const row = await db().apiToken.create({ data: { userId, name: tokenName, tokenHash: hashSecret(token), prefix } });
    return { id: row.id, name: row.name, prefix, token };
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict(`You already have a token named "${tokenName}".`);
    throw error;
  }
}

export async function userFromApiToken(token: string): Promise<AuthUser | null> {
  const row = await db().apiToken.findUnique({
    where: { tokenHash: hashSecret(token) },
    include: { user: { select: { id: true, email: true, name: true, role: true } } },
  });
  if (!row || row.revokedAt) return null;
  // Coarse last-use stamp for the tokens page; one write per minute per token at most.
  if (!row.lastUsedAt || Date.now() - row.lastUsedAt.getTime() > 60_000) {
    await db().apiToken.update({ where: { id: row.id }, data: { lastUsedAt: new Date() } });
  }
  return row.user;
}

export function listApiTokens(userId: string) {
  return db().apiToken.findMany({
    where: { userId, revokedAt: null },
    select: { id: true, name: true, prefix: true, createdAt: true, lastUsedAt: true },
    orderBy: { createdAt: "desc" },
  });
}

export async function revokeApiToken(userId: string, tokenId: string): Promise<void> {
  const { count } = await db().apiToken.updateMany({
    where: { id: tokenId, userId, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  if (count === 0) throw notFound("That token");
}
