// sqlStateOf (lib/db/sqlstate.ts) read against the errors PostgreSQL, pg and Prisma 7 with
// @prisma/adapter-pg really throw, made to happen here: Prisma's own queries and raw statements,
// outside and inside transactions, pg's driver as pg-boss uses it, a deadlock, a terminated
// connection, a server not there. Its readers (constraintViolationOf, isDatabaseUnavailable) are
// checked on the same errors, so a change in where Prisma puts the code fails here, not in a race.
import net from "node:net";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "../../lib/db/client";
import { constraintViolationOf } from "../../lib/db/constraint-violation";
import { PrismaClient } from "../../lib/db/generated/client";
import { sqlStateOf } from "../../lib/db/sqlstate";
import { isDatabaseUnavailable } from "../../lib/db/unavailable";

const NO_SUCH_ID = "00000000-0000-7000-8000-000000000000";
const clients: pg.Client[] = [];

/** The error `run` rejects with; fails the test when it resolves. */
async function errorOf(run: () => Promise<unknown>): Promise<unknown> {
  try {
    await run();
  } catch (error) {
    return error;
  }
  throw new Error("expected the statement to fail");
}

async function pgClient() {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  // A terminated connection also emits "error"; the rejected query is what the test reads.
  client.on("error", () => {});
  await client.connect();
  clients.push(client);
  return client;
}

/** Runs `side` twice at once, one locking row a then b, the other b then a, both waiting for the
 * other halfway: PostgreSQL aborts one of them (40P01). Its error. */
async function deadlockError(side: (which: number, first: string, second: string, halfway: () => Promise<void>) => Promise<unknown>) {
  let release!: () => void;
  const bothHalfway = new Promise<void>((resolve) => (release = resolve));
  let arrived = 0;
  const halfway = async () => {
    if (++arrived === 2) release();
    await bothHalfway;
  };
  const results = await Promise.allSettled([side(0, "a", "b", halfway), side(1, "b", "a", halfway)]);
  const failed = results.filter((result): result is PromiseRejectedResult => result.status === "rejected");
  expect(failed).toHaveLength(1);
  return failed[0]!.reason as unknown;
}

beforeAll(async () => {
  await db().prompt.createMany({ data: [{ name: "a" }, { name: "b" }] });
});
afterAll(async () => {
  await Promise.all(clients.map((client) => client.end().catch(() => {})));
});

describe("sqlStateOf on Prisma's errors", () => {
  it("a unique key broken by Prisma's own query (P2002): 23505, a unique violation", async () => {
    const error = await errorOf(() => db().prompt.create({ data: { name: "a" } }));
    expect(error).toMatchObject({ code: "P2002" });
    expect(sqlStateOf(error)).toBe("23505");
    expect(constraintViolationOf(error)).toEqual({ kind: "unique", fields: ["name"] });
    expect(isDatabaseUnavailable(error)).toBe(false);
  });

  it("a missing reference in Prisma's own query (P2003): 23503", async () => {
    const error = await errorOf(() => db().promptVersion.create({ data: { promptId: NO_SUCH_ID, version: 1, messages: [], variables: [] } }));
    expect(error).toMatchObject({ code: "P2003" });
    expect(sqlStateOf(error)).toBe("23503");
    expect(constraintViolationOf(error)).toEqual({ kind: "missing_reference", fields: ["promptId"] });
  });

  it("a raw statement's (P2010), mapped by the adapter or passed through as kind postgres, in a transaction or not", async () => {
    const insertA = `INSERT INTO "Prompt" (id, name, "updatedAt") VALUES (gen_random_uuid(), 'a', now())`;
    const unique = await errorOf(() => db().$executeRawUnsafe(insertA));
    expect(unique).toMatchObject({ code: "P2010" });
    expect(sqlStateOf(unique)).toBe("23505");
    expect(constraintViolationOf(unique)).toEqual({ kind: "unique", fields: ["name"] });
    expect(sqlStateOf(await errorOf(() => db().$transaction((tx) => tx.$executeRawUnsafe(insertA))))).toBe("23505");
    const division = await errorOf(() => db().$queryRaw`SELECT 1/0`);
    expect(sqlStateOf(division)).toBe("22012");
    expect(constraintViolationOf(division)).toBeNull();
    // PL/pgSQL's class P0 looks like Prisma's P codes and is a SQLSTATE all the same.
    expect(sqlStateOf(await errorOf(() => db().$executeRaw`DO $$ BEGIN RAISE EXCEPTION 'boom'; END $$`))).toBe("P0001");
  });

  it("a deadlock between two interactive transactions: 40P01 (the adapter's kind carries no code of its own)", async () => {
    const error = await deadlockError((which, first, second, halfway) =>
      db().$transaction(async (tx) => {
        await tx.$executeRaw`UPDATE "Prompt" SET description = ${String(which)} WHERE name = ${first}`;
        await halfway();
        await tx.$executeRaw`UPDATE "Prompt" SET description = ${String(which)} WHERE name = ${second}`;
      }),
    );
    expect(error).toMatchObject({ code: "P2010" });
    expect(sqlStateOf(error)).toBe("40P01");
    expect(isDatabaseUnavailable(error)).toBe(false);
  });

  it("the connection terminated under a statement: 57P01, the database going away", async () => {
    const error = await errorOf(() => db().$queryRaw`SELECT pg_terminate_backend(pg_backend_pid())`);
    expect(sqlStateOf(error)).toBe("57P01");
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it("none where PostgreSQL said nothing: a record not found (P2025), a server not listening", async () => {
    const notFound = await errorOf(() => db().prompt.update({ where: { id: NO_SUCH_ID }, data: { name: "x" } }));
    expect(notFound).toMatchObject({ code: "P2025" });
    expect(sqlStateOf(notFound)).toBeNull();
    const unreachable = new URL(process.env.DATABASE_URL!);
    unreachable.port = "1"; // nothing listens on port 1
    const away = new PrismaClient({ adapter: new PrismaPg({ connectionString: unreachable.toString(), connectionTimeoutMillis: 2_000 }) });
    try {
      const error = await errorOf(() => away.$queryRaw`SELECT 1`);
      expect(sqlStateOf(error)).toBeNull();
      expect(isDatabaseUnavailable(error)).toBe(true);
    } finally {
      await away.$disconnect();
    }
  });
});

describe("sqlStateOf on pg's own errors (pg-boss, LISTEN)", () => {
  it("a unique key: 23505", async () => {
    const client = await pgClient();
    const error = await errorOf(() => client.query(`INSERT INTO "Prompt" (id, name, "updatedAt") VALUES (gen_random_uuid(), 'a', now())`));
    expect(sqlStateOf(error)).toBe("23505");
  });

  it("a deadlock: 40P01, what createQueue tries again on", async () => {
    const error = await deadlockError(async (which, first, second, halfway) => {
      const client = await pgClient();
      await client.query("BEGIN");
      try {
        await client.query(`UPDATE "Prompt" SET description = $1 WHERE name = $2`, [String(which), first]);
        await halfway();
        await client.query(`UPDATE "Prompt" SET description = $1 WHERE name = $2`, [String(which), second]);
      } finally {
        await client.query("ROLLBACK");
      }
    });
    expect(sqlStateOf(error)).toBe("40P01");
  });

  it("the connection terminated: 57P01, the database going away", async () => {
    const client = await pgClient();
    const error = await errorOf(() => client.query("SELECT pg_terminate_backend(pg_backend_pid())"));
    expect(sqlStateOf(error)).toBe("57P01");
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it("none for Node's socket errors, whose code is no SQLSTATE", async () => {
    const error = await new Promise<unknown>((resolve) => net.connect(1, "127.0.0.1").on("error", resolve));
    expect(error).toMatchObject({ code: "ECONNREFUSED" });
    expect(sqlStateOf(error)).toBeNull();
    expect(sqlStateOf(Object.assign(new Error("write EPIPE"), { code: "EPIPE" }))).toBeNull();
  });
});
