// Tools of the live-run measure: counting the SQL queries a piece of code sends (at the pg
// driver, under Prisma), and an executor stand-in that claims and finishes items of a run in SQL
// on a connection of its own (not counted), as the worker would while someone watches.
import pg from "pg";

const uncounted = new WeakSet<object>();
let counter = 0;
let patched = false;

function patch() {
  if (patched) return;
  patched = true;
  const original = pg.Client.prototype.query;
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    if (!uncounted.has(this)) counter++;
    return (original as (...rest: unknown[]) => unknown).apply(this, args);
  } as typeof original;
}

/** The queries sent while `run` ran (every query of this process but the executor stand-in's). */
export async function countQueries<T>(run: () => Promise<T>): Promise<{ value: T; queries: number }> {
  patch();
  const before = counter;
  const value = await run();
  return { value, queries: counter - before };
}

/** Every 100 ms: finish the items claimed last time (a completion each, metrics on the item) and
 * claim the next 20 — about 200 items a second. */
export async function simulateExecutor(runId: string): Promise<{ stop: () => Promise<number> }> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  uncounted.add(client);
  await client.connect();
  let finished = 0;
  let stopping = false;
  const loop = (async () => {
    while (!stopping) {
      const saved = await client.query(
        `WITH ours AS (SELECT id, "variantId" FROM "RunItem" WHERE "runId" = $1 AND status = 'running' AND "workerId" = 'bench' FOR UPDATE),
         made AS (INSERT INTO "Completion" (id, "variantId", request, text, status, "ttftMs", "totalMs", "inputTokens", "outputTokens", "costUsd", "finishedAt")
           SELECT id, "variantId", '{}', 'Live answer', 'done', 80 + (random() * 200)::int, 600 + (random() * 900)::int, 200, 300, 0.0002, now() FROM ours
           RETURNING id, "ttftMs", "totalMs", "inputTokens", "outputTokens", "costUsd", attempts)
         UPDATE "RunItem" i SET status = 'done', "completionId" = m.id, passed = true, "finishedAt" = now(), "ttftMs" = m."ttftMs", "totalMs" = m."totalMs",
           "inputTokens" = m."inputTokens", "outputTokens" = m."outputTokens", "costUsd" = m."costUsd", attempts = m.attempts
         FROM made m WHERE i.id = m.id`,
        [runId],
      );
      finished += saved.rowCount ?? 0;
      await client.query(
        `UPDATE "RunItem" SET status = 'running', "workerId" = 'bench', "startedAt" = now()
         WHERE id IN (SELECT id FROM "RunItem" WHERE "runId" = $1 AND status = 'pending' ORDER BY sequence LIMIT 20 FOR UPDATE SKIP LOCKED)`,
        [runId],
      );
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  })();
  return {
    stop: async () => {
      stopping = true;
      await loop;
      await client.end();
      return finished;
    },
  };
}
