// A read on the pg driver itself, for the few statements on a path where Prisma's client costs
// more than the statement: a compare turn's token lookup and context read waited ~1 + 2 ms
// through `$queryRaw` that the driver serves in under half (BENCHMARKS.md, compare path
// profiled). Same SQL (a Prisma.sql template), same pool, and the rows typed as Prisma gives them
// for the columns these reads return. Errors are the driver's: isDatabaseUnavailable (unavailable.ts)
// reads them as it reads Prisma's.
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

/** Dates go out as UTC instants, so a cast to `timestamp` keeps the UTC wall time Prisma stores. */
const driverValue = (value: unknown) => (value instanceof Date ? value.toISOString() : value);

export async function driverRows<T>(query: Prisma.Sql): Promise<T[]> {
  const result = await connectionPool().query({ text: query.text, values: query.values.map(driverValue), types });
  return result.rows as T[];
}
