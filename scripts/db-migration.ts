// `npm run db:migration -- <name>`: writes prisma/migrations/<timestamp>_<name>/migration.sql with
// the SQL that takes the existing migrations to prisma/schema.prisma. The diff runs in a
// throwaway PostgreSQL (or TEST_DATABASE_URL), never in the database you keep your data in.
import { mkdirSync, writeFileSync, existsSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { diffMigrationsToSchema, migrationsDir } from "../lib/db/migrate";
import { startThrowawayPostgres } from "../lib/db/throwaway-postgres";

const name = z
  .string({ error: "Usage: npm run db:migration -- <name>" })
  .regex(/^[a-z0-9_]+$/, "Migration names use lower case letters, digits and underscores")
  .parse(process.argv[2]);

const db = process.env.TEST_DATABASE_URL ? null : await startThrowawayPostgres();
try {
  const sql = await diffMigrationsToSchema(process.env.TEST_DATABASE_URL ?? db!.url);
  if (!sql) {
    console.log("The migrations already match prisma/schema.prisma: nothing to write.");
  } else {
    const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
    const dir = path.join(migrationsDir, `${stamp}_${name}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, "migration.sql"), sql);
    const lock = path.join(migrationsDir, "migration_lock.toml");
    if (!existsSync(lock)) writeFileSync(lock, '# Written by Juxta\'s migration tooling; keep in git.\nprovider = "postgresql"\n');
    console.log(`Wrote ${path.relative(process.cwd(), dir)}/migration.sql`);
  }
} finally {
  await db?.stop();
}
