// PostgreSQL's own account of a scenario's statements (pg_stat_statements), when the server
// loads it: `shared_preload_libraries=pg_stat_statements`, which the bench's throwaway cluster
// does not set — point DATABASE_URL at a server started with it to get the list.
import pg from "pg";

export interface StatementTotal {
  query: string;
  calls: number;
  totalMs: number;
  rows: number;
}

export interface StatementsProfile {
  /** Forgets every statement counted so far. */
  reset(): Promise<void>;
  /** The statements that took the most time since the reset, of every database of the cluster. */
  top(count: number): Promise<StatementTotal[]>;
  close(): Promise<void>;
}

/** Null when the server has not loaded pg_stat_statements. */
export async function statementsProfile(databaseUrl: string): Promise<StatementsProfile | null> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
    await client.query("SELECT pg_stat_statements_reset()");
  } catch {
    await client.end();
    return null;
  }
  return {
    async reset() {
      await client.query("SELECT pg_stat_statements_reset()");
    },
    async top(count) {
      const { rows } = await client.query<{ query: string; calls: string; total_ms: number; rows: string }>(
        `SELECT left(regexp_replace(query, '\\s+', ' ', 'g'), 160) AS query, calls, total_exec_time + total_plan_time AS total_ms, rows
         FROM pg_stat_statements WHERE query NOT LIKE '%pg_stat_statements%' ORDER BY total_exec_time + total_plan_time DESC LIMIT $1`,
        [count],
      );
      return rows.map((row) => ({ query: row.query, calls: Number(row.calls), totalMs: row.total_ms, rows: Number(row.rows) }));
    },
    close: () => client.end(),
  };
}
