// One executor per judging: a session-level advisory lock on a connection of its own. PostgreSQL
// drops the lock the moment that connection ends — a killed worker's included — so a judging is
// never judged twice at once, and a dead executor's judging can be taken at once by the next.
import "server-only";
import pg from "pg";
import { databaseUrl } from "../config/env";
import { log } from "../log";

export interface JudgingLock {
  release(): Promise<void>;
}

/** Null when another live executor holds the judging. */
export async function lockJudging(judgingId: string): Promise<JudgingLock | null> {
  const client = new pg.Client({ connectionString: databaseUrl(), connectionTimeoutMillis: 5_000, application_name: "juxta-judging-lock" });
  // A lost connection loses the lock; the executor's own queries then fail and it stops.
  client.on("error", (error) => log.warn("judging lock connection lost", { judgingId, error: error.message }));
  await client.connect();
  try {
    const { rows } = await client.query<{ locked: boolean }>("SELECT pg_try_advisory_lock(hashtextextended($1, 0)) AS locked", [`judging:${judgingId}`]);
    if (rows[0]?.locked) return { release: () => client.end().catch(() => {}) };
  } catch (error) {
    await client.end().catch(() => {});
    throw error;
  }
  await client.end().catch(() => {});
  return null;
}
