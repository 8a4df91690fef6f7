// The one connection pool of a process and the Prisma client over it, created on first use so
// that the CLI can start the embedded database and set DATABASE_URL before anything connects.
// The pool is shared: the few statements on a latency-critical path run on the pg driver itself
// (lib/db/driver-query.ts) through the same connections Prisma uses.
import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { databaseUrl } from "../config/env";
import { log } from "../log";
import { PrismaClient } from "./generated/client";

const holder = globalThis as unknown as { juxtaPrisma?: PrismaClient; juxtaPool?: pg.Pool };

export function connectionPool(): pg.Pool {
  if (!holder.juxtaPool) {
    const connectionString = databaseUrl();
    if (!connectionString) throw new Error("DATABASE_URL is not set: start Juxta with `juxta start`.");
    // TimeZone=UTC: the schema's timestamps are zone-less and hold UTC (Prisma writes them so),
    // but `now()` written into one is the session's wall time — which is the server's own zone
    // (initdb takes the machine's) unless the connection says otherwise.
    const pool = new pg.Pool({ connectionString, connectionTimeoutMillis: 5_000, options: "-c TimeZone=UTC" });
    // An idle connection the server dropped (a restart, an outage) must not end the process as an
    // unhandled 'error' event: the pool discards it and the next query reports what is wrong.
    pool.on("error", (error) => log.debug("an idle database connection was lost", { error: error.message }));
    holder.juxtaPool = pool;
  }
  return holder.juxtaPool;
}

export function db(): PrismaClient {
  holder.juxtaPrisma ??= new PrismaClient({ adapter: new PrismaPg(connectionPool()) });
  return holder.juxtaPrisma;
}

export async function disconnectDb() {
  const { juxtaPrisma: prisma, juxtaPool: pool } = holder;
  holder.juxtaPrisma = undefined;
  holder.juxtaPool = undefined;
  await prisma?.$disconnect();
  await pool?.end();
}

export type { PrismaClient };
