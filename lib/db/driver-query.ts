// A statement on the pg driver itself, for the few paths where Prisma's client costs more than
// the statement: a compare turn's token lookup and context read (~1 + 2 ms through `$queryRaw`
// that the driver serves in under half) and a run executor's claims, stamps, saves and case reads
// (~1.8 ms of the worker's CPU each through Prisma) — BENCHMARKS.md. Same SQL (a Prisma.sql
// template, so values stay parameters), the same pool as Prisma (lib/db/client.ts). Rows come as
// pg parses them — numeric and bigint as strings, json parsed — with the schema's timestamps read
// as Prisma reads them. Errors are the driver's: sqlstate.ts and unavailable.ts read them too.
import "server-only";
import pg from "pg";
import type { Prisma } from "./generated/client";
import { connectionPool } from "./client";

// The schema's timestamps are `timestamp(3)` without a zone and hold UTC, as Prisma writes them;
// the driver would read them as the server process's local time.
const TIMESTAMP_OID = 1114;
const parseUtcTimestamp = (value: string) => new Date(`${value.replace(" ", "T")}Z`);

const types = {
  getTypeParser: ((oid: number, format?: "text" | "binary") =>
    oid === TIMESTAMP_OID ? parseUtcTimestamp : pg.types.getTypeParser(oid, format as "text")) as typeof pg.types.getTypeParser,
};

/** Dates — alone or in an array parameter — go out as UTC instants, so a cast to `timestamp` keeps
 * the UTC wall time Prisma stores (pg would send the process's local time with its offset, which
 * the cast drops). */
const driverValue = (value: unknown): unknown => (value instanceof Date ? value.toISOString() : Array.isArray(value) ? value.map(driverValue) : value);

/** Runs the statement; its rows. */
export async function driverRows<T>(query: Prisma.Sql): Promise<T[]> {
  const result = await connectionPool().query({ text: query.text, values: query.values.map(driverValue), types });
  return result.rows as T[];
}
