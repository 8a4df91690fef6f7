// A request does not wait for its credential's last-use stamp: the stamp is a write (a commit)
// that nothing in the request depends on, and it used to sit before every first request of a
// minute — a compare turn's first token included. Shown with the row locked by another
// transaction: a request that waited for the stamp would wait for the lock.
import { describe, expect, it } from "vitest";
import { createApiToken, userFromApiToken } from "../../lib/auth/api-tokens";
import { startLoginSession, userFromLoginSession } from "../../lib/auth/login-sessions";
import { createUser } from "../../lib/auth/users";
import { db } from "../../lib/db/client";

const LOCK_HELD_MS = 3_000;

/** Runs `request` while another transaction holds a lock on the row, and times it. */
async function whileLocked(lock: string, request: () => Promise<unknown>): Promise<{ ms: number; user: unknown }> {
  return db().$transaction(
    async (tx) => {
      await tx.$executeRawUnsafe(lock);
      const started = performance.now();
      const user = await Promise.race([request(), new Promise((resolve) => setTimeout(() => resolve("waited for the lock"), LOCK_HELD_MS))]);
      return { ms: performance.now() - started, user };
    },
    { timeout: LOCK_HELD_MS * 3 },
  );
}

async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  for (let i = 0; ; i++) {
    const value = await read();
    if (done(value) || i === 50) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe("the last-use stamp", () => {
  it("is written after a bearer token's request is answered, not before", async () => {
    const user = await createUser({ name: "Stamp", email: "stamp@example.com", password: "stamp-password", role: "editor" });
    const token = await createApiToken(user.id, "stamp");
    const { ms, user: found } = await whileLocked(`SELECT 1 FROM "ApiToken" WHERE id = '${token.id}' FOR UPDATE`, () => userFromApiToken(token.token));
    expect(found).toMatchObject({ id: user.id });
    expect(ms).toBeLessThan(LOCK_HELD_MS);
    const row = await eventually(() => db().apiToken.findUniqueOrThrow({ where: { id: token.id } }), (stamped) => stamped.lastUsedAt !== null);
    expect(row.lastUsedAt).not.toBeNull();
  });

  it("is written after a login session's request is answered, not before", async () => {
    const user = await createUser({ name: "Touch", email: "touch@example.com", password: "touch-password", role: "editor" });
    const { token } = await startLoginSession(user.id);
    // Last seen two hours ago: this request extends the session (at most once an hour).
    const { id } = await db().authSession.findFirstOrThrow({ where: { userId: user.id } });
    const session = await db().authSession.update({ where: { id }, data: { lastSeenAt: new Date(Date.now() - 2 * 3_600_000) } });
    const { ms, user: found } = await whileLocked(`SELECT 1 FROM "AuthSession" WHERE id = '${session.id}' FOR UPDATE`, () => userFromLoginSession(token));
    expect(found).toMatchObject({ id: user.id });
    expect(ms).toBeLessThan(LOCK_HELD_MS);
    const row = await eventually(() => db().authSession.findUniqueOrThrow({ where: { id: session.id } }), (touched) => touched.lastSeenAt > session.lastSeenAt);
    expect(row.lastSeenAt.getTime()).toBeGreaterThan(session.lastSeenAt.getTime());
  });
});
