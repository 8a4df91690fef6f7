// Sign-in throttling: password guessing is slowed per account (email) and per client address,
// with exponential backoff. The counts live in PostgreSQL so that every web process shares them.
//
// An attempt is counted *before* the password is checked, under a row lock: a burst of parallel
// guesses cannot all slip past the check before the first failure is written. A success then
// resets the account and takes its own attempt back off the address (so an office behind one
// address is not locked out by its colleagues' sign-ins, and an attacker cannot clear the address
// count by signing in to an account of their own between guesses).
import "server-only";
import { db } from "../db/client";
import { AppError } from "../api/errors";

interface Rule {
  /** Attempts in a row allowed without waiting. */
  free: number;
  /** Wait after the `free`-th attempt; it doubles with each further one, up to `maxMs`. */
  baseMs: number;
  maxMs: number;
}

export const ACCOUNT_RULE: Rule = { free: 5, baseMs: 30_000, maxMs: 15 * 60_000 };
export const ADDRESS_RULE: Rule = { free: 20, baseMs: 30_000, maxMs: 15 * 60_000 };
/** Attempts are forgotten after this long without any. */
const QUIET_RESET_MS = 60 * 60_000;
const FORGET_ROWS_MS = 24 * 60 * 60_000;

const accountKey = (email: string) => `email:${email.trim().toLowerCase()}`;
const addressKey = (address: string) => `ip:${address.slice(0, 100)}`;

function lockFor(rule: Rule, attempts: number, now: Date): Date | null {
  if (attempts < rule.free) return null;
  return new Date(now.getTime() + Math.min(rule.baseMs * 2 ** Math.min(attempts - rule.free, 30), rule.maxMs));
}

export type LoginAttempt = { allowed: true; succeeded(): Promise<void> } | { allowed: false; retryAfterSeconds: number };

/**
 * Counts a sign-in attempt, or refuses it while the account or the address must wait.
 * `address` is "unknown" only when no address could be found; it is then not limited (one shared
 * bucket would let anyone lock everybody out).
 */
export async function beginLoginAttempt(email: string, address: string): Promise<LoginAttempt> {
  const rules = new Map<string, Rule>([[accountKey(email), ACCOUNT_RULE]]);
  if (address !== "unknown") rules.set(addressKey(address), ADDRESS_RULE);
  const keys = [...rules.keys()].sort();

  await db().loginThrottle.deleteMany({ where: { updatedAt: { lt: new Date(Date.now() - FORGET_ROWS_MS) } } });
  const refusedFor = await db().$transaction(async (tx) => {
    await tx.loginThrottle.createMany({ data: keys.map((key) => ({ key, updatedAt: new Date() })), skipDuplicates: true });
    // Row locks, taken in key order: concurrent attempts on the same account or address queue here.
    await tx.$queryRaw`SELECT 1 FROM "LoginThrottle" WHERE "key" = ANY(${keys}::text[]) ORDER BY "key" FOR UPDATE`;
    const now = new Date(); // after the wait for the lock, so a queued attempt sees the full wait
    const rows = await tx.loginThrottle.findMany({ where: { key: { in: keys } } });
    const waitMs = Math.max(0, ...rows.map((row) => (row.lockedUntil ? row.lockedUntil.getTime() - now.getTime() : 0)));
    if (waitMs > 0) return waitMs;
    for (const row of rows) {
      const attempts = (now.getTime() - row.updatedAt.getTime() > QUIET_RESET_MS ? 0 : row.attempts) + 1;
      await tx.loginThrottle.update({
        where: { key: row.key },
        data: { attempts, lockedUntil: lockFor(rules.get(row.key)!, attempts, now), updatedAt: now },
      });
    }
    return 0;
  });
  if (refusedFor > 0) return { allowed: false, retryAfterSeconds: Math.ceil(refusedFor / 1000) };
  return { allowed: true, succeeded: () => loginSucceeded(keys, accountKey(email)) };
}

async function loginSucceeded(keys: string[], account: string) {
  const address = keys.find((key) => key !== account);
  await db().$transaction(async (tx) => {
    await tx.loginThrottle.deleteMany({ where: { key: account } });
    if (!address) return;
    await tx.loginThrottle.updateMany({ where: { key: address, attempts: { gt: 0 } }, data: { attempts: { decrement: 1 } } });
    await tx.loginThrottle.updateMany({ where: { key: address, attempts: { lt: ADDRESS_RULE.free } }, data: { lockedUntil: null } });
  });
}

function inWords(seconds: number) {
  return seconds < 120 ? `${seconds} s` : `${Math.ceil(seconds / 60)} min`;
}

/** Thrown by the login route: a 429 problem with Retry-After. */
export function tooManyAttempts(retryAfterSeconds: number): AppError {
  return new AppError("rate_limited", 429, `Too many sign-in attempts; try again in ${inWords(retryAfterSeconds)}.`, {}, { "retry-after": String(retryAfterSeconds) });
}
