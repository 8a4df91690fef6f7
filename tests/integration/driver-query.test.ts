// The reads on the pg driver (lib/db/driver-query.ts) see the schema's zone-less timestamps as
// Prisma writes them — UTC — whatever the server process's time zone: the driver alone would
// read them as local time, and a token's expiry would move by the zone's offset.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createApiToken, userFromApiToken } from "../../lib/auth/api-tokens";
import { startLoginSession, userFromLoginSession } from "../../lib/auth/login-sessions";
import { createUser } from "../../lib/auth/users";
import { db, disconnectDb } from "../../lib/db/client";
import { driverRows } from "../../lib/db/driver-query";
import { Prisma } from "../../lib/db/generated/client";

const HOUR_MS = 3_600_000;

describe("reads on the pg driver", () => {
  const zone = process.env.TZ;
  // Thirteen hours ahead of UTC: read as local time, an expiry two hours away would lie in the past.
  beforeEach(() => void (process.env.TZ = "Pacific/Auckland"));
  afterEach(() => void (zone === undefined ? delete process.env.TZ : (process.env.TZ = zone)));

  it("read a stored timestamp as the instant Prisma wrote, and send a Date as that instant", async () => {
    expect(new Date(2026, 0, 1).getTimezoneOffset()).toBe(-13 * 60);
    const user = await createUser({ name: "Zone", email: "zone@example.com", password: "zone-password", role: "editor" });
    const expiresAt = new Date(Date.now() + 2 * HOUR_MS);
    const token = await db().apiToken.create({ data: { userId: user.id, name: "zoned", tokenHash: "zoned-hash", prefix: "zoned", expiresAt }, select: { id: true } });
    const [row] = await driverRows<{ expiresAt: Date; same: boolean; sameInArray: boolean }>(
      Prisma.sql`SELECT "expiresAt", "expiresAt" = ${expiresAt}::timestamp(3) AS same, "expiresAt" = (${[null, expiresAt]}::timestamp(3)[])[2] AS "sameInArray"
        FROM "ApiToken" WHERE id = ${token.id}::uuid`,
    );
    expect(row!.expiresAt.getTime()).toBe(expiresAt.getTime());
    expect(row!.same).toBe(true);
    expect(row!.sameInArray).toBe(true);
  });

  it("keep a bearer token and a login session valid until their real expiry", async () => {
    const user = await createUser({ name: "Late", email: "late@example.com", password: "late-password", role: "reviewer" });
    const token = await createApiToken(user.id, "two hours", 1);
    await db().apiToken.updateMany({ where: { id: token.id }, data: { expiresAt: new Date(Date.now() + 2 * HOUR_MS) } });
    expect(await userFromApiToken(token.token)).toMatchObject({ id: user.id });
    await db().apiToken.updateMany({ where: { id: token.id }, data: { expiresAt: new Date(Date.now() - 60_000) } });
    expect(await userFromApiToken(token.token)).toBeNull();

    const login = await startLoginSession(user.id);
    await db().authSession.updateMany({ data: { expiresAt: new Date(Date.now() + 2 * HOUR_MS) } });
    expect(await userFromLoginSession(login.token)).toMatchObject({ id: user.id });
  });

  it("write the database's now() as UTC, whatever the database server's own zone", async () => {
    const [{ name }] = (await db().$queryRaw<Array<{ name: string }>>`SELECT current_database() AS name`) as [{ name: string }];
    // As initdb leaves a server on a machine thirteen hours ahead of UTC.
    await db().$executeRawUnsafe(`ALTER DATABASE "${name}" SET timezone = 'Pacific/Auckland'`);
    await disconnectDb();
    try {
      const [viaDriver] = await driverRows<{ at: Date }>(Prisma.sql`SELECT now()::timestamp(3) AS at`);
      const [viaPrisma] = await db().$queryRaw<Array<{ at: Date }>>`SELECT now()::timestamp(3) AS at`;
      // A minute of slack for a busy machine; a zone's offset is hours.
      expect(Math.abs(viaDriver!.at.getTime() - Date.now())).toBeLessThan(60_000);
      expect(Math.abs(viaPrisma!.at.getTime() - Date.now())).toBeLessThan(60_000);
    } finally {
      await db().$executeRawUnsafe(`ALTER DATABASE "${name}" RESET timezone`);
    }
  });
});
