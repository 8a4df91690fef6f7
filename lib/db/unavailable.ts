// Telling "the database is away" apart from every other database error. When PostgreSQL is down,
// restarting or refusing connections, requests answer 503 (not 500), the worker waits and resumes,
// and a finished answer keeps trying to reach its row instead of being dropped.
import "server-only";
import { db } from "./client";
import { Prisma } from "./generated/client";
import { sqlStateOf } from "./sqlstate";

// Prisma's own codes for an unreachable server, a lost connection and an exhausted pool.
const PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);
// What @prisma/adapter-pg reports for socket-level failures.
const ADAPTER_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);
// PostgreSQL's SQLSTATEs of a server going away or not there yet: admin/crash shutdown,
// "cannot connect now" (starting up, recovering), connection exceptions, too many connections.
const SQLSTATE = /^(57P0[1-3]|08\d{3}|53300)$/;
// pg and node errors that never reach a SQLSTATE.
const MESSAGES = /Connection terminated|connection timeout|timeout exceeded when trying to connect|Can't reach database|ECONNREFUSED|ECONNRESET|EPIPE|the database system is (starting up|shutting down|in recovery mode)|terminating connection|Client has encountered a connection error|Connection ended unexpectedly|server closed the connection/i;

export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current: unknown = error, depth = 0; current && depth < 5; depth++) {
    if (current instanceof Prisma.PrismaClientInitializationError) return true;
    if (SQLSTATE.test(sqlStateOf(current) ?? "")) return true;
    const candidate = current as { code?: unknown; meta?: { driverAdapterError?: { cause?: { kind?: unknown } } }; message?: unknown; cause?: unknown };
    if (typeof candidate.code === "string" && (PRISMA_CODES.has(candidate.code) || candidate.code === "ECONNREFUSED" || candidate.code === "ECONNRESET")) return true;
    if (ADAPTER_KINDS.has(String(candidate.meta?.driverAdapterError?.cause?.kind))) return true;
    if (typeof candidate.message === "string" && MESSAGES.test(candidate.message)) return true;
    current = candidate.cause;
  }
  return false;
}

/** Retries `operation` while the database is unavailable, with capped exponential backoff, until
 * it succeeds, fails for another reason, `signal` aborts or `giveUpAfterMs` passes. */
export async function whileDatabaseAway<T>(operation: () => Promise<T>, options: { signal?: AbortSignal; giveUpAfterMs?: number; onWait?: (error: unknown) => void } = {}): Promise<T> {
  const deadline = Date.now() + (options.giveUpAfterMs ?? Number.POSITIVE_INFINITY);
  for (let attempt = 0; ; attempt++) {
    try {
      return await operation();
    } catch (error) {
      if (!isDatabaseUnavailable(error) || options.signal?.aborted || Date.now() > deadline) throw error;
      options.onWait?.(error);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.min(5_000, 200 * 2 ** attempt));
        options.signal?.addEventListener("abort", () => (clearTimeout(timer), resolve()), { once: true });
      });
    }
  }
}

/** Resolves once the database answers again (or `signal` aborts). */
export async function waitForDatabase(signal?: AbortSignal): Promise<void> {
  await whileDatabaseAway(() => db().$queryRaw`SELECT 1`, { signal });
}
