// The database part of a first `juxta start`, done once for all the e2e files: the embedded
// PostgreSQL's cluster created (initdb) and the migrations applied, in a data dir that each
// file's server then starts from a copy of (tests/helpers/juxta-server.ts). Its start finds the
// cluster and the migrations in place, as on any later start, and skips a few seconds of work
// that every file repeated. The first-run file still starts from an empty data dir, as a new
// install does, so that path stays covered end to end.
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres } from "../../lib/db/embedded-postgres";
import { applyMigrations } from "../../lib/db/migrate";

declare module "vitest" {
  export interface ProvidedContext {
    /** A data dir holding a migrated embedded PostgreSQL, stopped: copy it, never start it. */
    e2eDataDirTemplate: string;
  }
}

export default async function setup(project: TestProject) {
  const dir = mkdtempSync(path.join(tmpdir(), "juxta-e2e-template-"));
  chmodSync(dir, 0o755); // the postgres user must be able to enter it when we run as root
  // Started as `juxta start` starts it (same directory layout and database name).
  const database = await startEmbeddedPostgres({ dataDir: path.join(dir, "postgres") });
  try {
    await applyMigrations(database.url);
  } finally {
    await database.stop();
  }
  project.provide("e2eDataDirTemplate", dir);
  return () => rmSync(dir, { recursive: true, force: true });
}
