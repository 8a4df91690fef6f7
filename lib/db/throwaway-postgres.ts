// A PostgreSQL that exists for one process: tests and the migration writer use it so they never
// touch the data a person keeps in ./.data.
import "server-only";
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "./embedded-postgres";

export async function startThrowawayPostgres(log?: (line: string) => void): Promise<EmbeddedDatabase> {
  const dir = mkdtempSync(path.join(tmpdir(), "juxta-pg-"));
  chmodSync(dir, 0o755); // the postgres user must be able to enter it when we run as root
  try {
    const db = await startEmbeddedPostgres({ dataDir: path.join(dir, "postgres"), log });
    return {
      url: db.url,
      async stop() {
        await db.stop();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}
