// Where PostgreSQL's SQLSTATE (the five-character code of a failed statement, e.g. 23505 for a
// unique key, 40P01 for a deadlock, 57P01 for a server shutting down) sits in an error: the one
// place that knows, for the readers that decide by it (a write that lost a race, a database that
// is away, a queue created in a deadlock).
import "server-only";

/** What @prisma/adapter-pg keeps of pg's error on a Prisma error (P2002, P2003, P2010, …): the
 * SQLSTATE as `originalCode`, whatever `kind` it was mapped to. */
interface AdapterWrapped {
  meta?: { driverAdapterError?: { cause?: { originalCode?: unknown } } };
}

/** pg's own error (pg-protocol's DatabaseError), as pg-boss and our LISTEN connection throw it.
 * Told by `severity` the way the adapter tells it: a bare `code` is also on Node's errors (EPIPE). */
interface DriverError {
  code?: unknown;
  severity?: unknown;
}

/** The SQLSTATE `error` carries, or null when it carries none (Prisma's own checks such as P2025,
 * sockets that failed, anything else). Looks at `error` itself only, not at its causes. */
export function sqlStateOf(error: unknown): string | null {
  if (typeof error !== "object" || error === null) return null;
  const wrapped = (error as AdapterWrapped).meta?.driverAdapterError?.cause?.originalCode;
  if (typeof wrapped === "string") return wrapped;
  const driver = error as DriverError;
  return typeof driver.code === "string" && typeof driver.severity === "string" ? driver.code : null;
}
