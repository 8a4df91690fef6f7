import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { applyMigrations, diffMigrationsToSchema } from "../../lib/db/migrate";

const url = () => process.env.DATABASE_URL!;

describe("migrations", () => {
  it("produce exactly the schema in prisma/schema.prisma", async () => {
    expect(await diffMigrationsToSchema(url())).toBe("");
  });

  it("would be reported as missing if they were (the diff is not blind)", async () => {
    const empty = mkdtempSync(path.join(tmpdir(), "juxta-no-migrations-"));
    try {
      const sql = await diffMigrationsToSchema(url(), empty);
      expect(sql).toContain('CREATE TABLE "Completion"');
      expect(sql).toContain('CREATE UNIQUE INDEX "RunItem_runId_caseKey_variantId_repetition_key"');
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });

  it("apply once: a second run applies nothing and leaves no shadow database behind", async () => {
    expect(await applyMigrations(url())).toEqual([]);
    const client = new pg.Client({ connectionString: url() });
    await client.connect();
    try {
      const { rows } = await client.query("SELECT datname FROM pg_database WHERE datname LIKE 'prisma_migrate_shadow_db_%'");
      expect(rows).toEqual([]);
      const { rows: applied } = await client.query("SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL");
      expect(applied.length).toBeGreaterThan(0);
    } finally {
      await client.end();
    }
  });
});
