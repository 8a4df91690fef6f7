// Browser logins: a random secret in an httpOnly cookie, its hash in AuthSession.
import "server-only";
import { db } from "../db/client";
import { driverRows } from "../db/driver-query";
import { Prisma } from "../db/generated/client";
import { log } from "../log";
import type { AuthUser } from "./roles";
import { hashSecret, newSecret } from "./secret-tokens";

export const SESSION_COOKIE = "juxta_session";
export const SESSION_DAYS = 14;
const DAY_MS = 86_400_000;
// Refresh lastSeenAt/expiry at most this often, so page views do not each write a row.
const TOUCH_EVERY_MS = 3_600_000;

export async function startLoginSession(userId: string): Promise<{ token: string; expiresAt: Date }> {
  const token = newSecret("jxs");
  const expiresAt = new Date(Date.now() + SESSION_DAYS * DAY_MS);
  await db().authSession.create({ data: { userId, tokenHash: hashSecret(token), expiresAt } });
  return { token, expiresAt };
}

export async function userFromLoginSession(token: string): Promise<AuthUser | null> {
  // One statement (session joined with its user): every request waits for it before anything else.
  const [session] = await driverRows<AuthUser & { sessionId: string; expiresAt: Date; lastSeenAt: Date; deactivatedAt: Date | null }>(Prisma.sql`
    SELECT s.id AS "sessionId", s."expiresAt", s."lastSeenAt", u.id, u.email, u.name, u.role::text AS role, u."deactivatedAt"
    FROM "AuthSession" s JOIN "User" u ON u.id = s."userId" WHERE s."tokenHash" = ${hashSecret(token)}`);
  // Deactivation deletes the sessions too; checking here also covers one started while it ran.
  if (!session || session.expiresAt.getTime() <= Date.now() || session.deactivatedAt) return null;
  // Not awaited: the request does not depend on the new expiry, and a commit on its path delayed
  // whatever it was (a compare turn's first token among them) once an hour.
  if (Date.now() - session.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    void db()
      .authSession.updateMany({
        where: { id: session.sessionId },
        data: { lastSeenAt: new Date(), expiresAt: new Date(Date.now() + SESSION_DAYS * DAY_MS) },
      })
      .catch((error: unknown) => log.warn("could not extend a login session", { error: error instanceof Error ? error.message : String(error) }));
  }
  const { id, email, name, role } = session;
  return { id, email, name, role };
}

export async function endLoginSession(token: string): Promise<void> {
  await db().authSession.deleteMany({ where: { tokenHash: hashSecret(token) } });
}

/** Run by the worker on a schedule (lib/worker/handlers/purge-expired-logins.ts). */
export async function purgeExpiredLoginSessions(now = new Date()): Promise<number> {
  const { count } = await db().authSession.deleteMany({ where: { expiresAt: { lte: now } } });
  return count;
}
