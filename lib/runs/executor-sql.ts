// The executor's own statements — claims, calling stamps, item saves: hundreds per run — go to
// PostgreSQL through pg directly. Through Prisma's client each cost ~1.8 ms of the worker's CPU
// (its query path around a raw statement), a fifth of what the worker spent beside the provider
// calls themselves (BENCHMARKS.md, "Replay end to end"). The statements are still written as
// Prisma.sql templates, so values stay parameters; pg sends the same text and values.
import "server-only";
import pg from "pg";
import { databaseUrl } from "../config/env";
import type { Prisma } from "../db/generated/client";
import { log } from "../log";

const holder = globalThis as unknown as { juxtaExecutorPool?: pg.Pool };

function pool(): pg.Pool {
  if (!holder.juxtaExecutorPool) {
    const connectionString = databaseUrl();
    if (!connectionString) throw new Error("DATABASE_URL is not set: start Juxta with `juxta start`.");
    // A claim, a stamp and a save can be under way at once; idle connections do not keep a
    // process alive (a one-shot command that ran a run exits as before).
    const created = new pg.Pool({ connectionString, max: 4, connectionTimeoutMillis: 5_000, allowExitOnIdle: true });
    // An idle connection the server drops (a restart) must not crash the process: the pool
    // discards it, and the next statement connects again or fails as unavailable.
    created.on("error", (error) => log.warn("an idle executor connection failed", { error: error.message }));
    holder.juxtaExecutorPool = created;
  }
  return holder.juxtaExecutorPool;
}

/** Runs the statement; its rows as pg parses them (uuid and text as strings, arrays as arrays). */
export async function executorQuery<T>(statement: Prisma.Sql): Promise<T[]> {
  const result = await pool().query<T & pg.QueryResultRow>({ text: statement.text, values: statement.values });
  return result.rows;
}

/** Closes the pool (the worker's shutdown, tests); the next statement opens a new one. */
export async function closeExecutorSql(): Promise<void> {
  const current = holder.juxtaExecutorPool;
  holder.juxtaExecutorPool = undefined;
  await current?.end();
}
