// Integration tests run against a real PostgreSQL: TEST_DATABASE_URL when given, otherwise an
// embedded one started for this test run. Migrations are applied once to a template database;
// every test file gets its own copy (tests/setup/test-database.ts), so files run in parallel.
import type { TestProject } from "vitest/node";
import pg from "pg";
import { applyMigrations } from "../../lib/db/migrate";
import { startThrowawayPostgres } from "../../lib/db/throwaway-postgres";

declare module "vitest" {
  export interface ProvidedContext {
    /** A connection URL whose database is the migrated template; test files replace the name. */
    templateDatabaseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const server = process.env.TEST_DATABASE_URL ? null : await startThrowawayPostgres();
  const baseUrl = new URL(process.env.TEST_DATABASE_URL ?? server!.url);
  const template = `juxta_template_${process.pid}`;
  const admin = new pg.Client({ connectionString: baseUrl.toString() });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${template}"`);
  await admin.query(`CREATE DATABASE "${template}"`);
  const templateUrl = new URL(baseUrl);
  templateUrl.pathname = `/${template}`;
  await applyMigrations(templateUrl.toString());
  project.provide("templateDatabaseUrl", templateUrl.toString());

  return async () => {
    if (server) {
      await admin.end();
      await server.stop();
    } else {
      // A shared server: leave it as we found it.
      const { rows } = await admin.query<{ datname: string }>("SELECT datname FROM pg_database WHERE datname LIKE $1", [`juxta_test_%_${process.pid}%`]);
      for (const row of rows) await admin.query(`DROP DATABASE IF EXISTS "${row.datname}" WITH (FORCE)`);
      await admin.query(`DROP DATABASE IF EXISTS "${template}" WITH (FORCE)`);
      await admin.end();
    }
  };
}
