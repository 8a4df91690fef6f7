// The embedded database's guard rails: one Juxta per data dir, orphans cleaned up, and a clear
// message when the postgres user cannot reach the data dir.
import { spawn } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { startEmbeddedPostgres } from "../../lib/db/embedded-postgres";

const base = mkdtempSync(path.join(tmpdir(), "juxta-embedded-"));
chmodSync(base, 0o755);
afterAll(() => rmSync(base, { recursive: true, force: true }));

async function query(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

describe("embedded PostgreSQL", () => {
  it("keeps data across restarts and refuses a second Juxta on the same data dir", async () => {
    const dataDir = path.join(base, "shared", "postgres");
    const first = await startEmbeddedPostgres({ dataDir });
    await query(first.url, "CREATE TABLE kept (n int); INSERT INTO kept VALUES (42)");

    // Another live process owns the data dir.
    const other = spawn("sleep", ["30"]);
    const ownerFile = path.join(base, "shared", "juxta-owner.pid");
    const ours = readFileSync(ownerFile, "utf8");
    writeFileSync(ownerFile, String(other.pid));
    await expect(startEmbeddedPostgres({ dataDir })).rejects.toThrow(/in use by another running Juxta/);
    other.kill();
    writeFileSync(ownerFile, ours);

    await first.stop();
    const again = await startEmbeddedPostgres({ dataDir });
    expect(await query(again.url, "SELECT n FROM kept")).toEqual([{ n: 42 }]);
    await again.stop();
  });

  it("stops a postgres orphaned by a killed Juxta before starting its own", async () => {
    const dataDir = path.join(base, "orphan", "postgres");
    const orphaned = await startEmbeddedPostgres({ dataDir });
    const orphanPid = Number(readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n")[0]);
    // Pretend the Juxta that started it was killed: its pid is gone, its postgres is not.
    writeFileSync(path.join(base, "orphan", "juxta-owner.pid"), "999999");

    const restarted = await startEmbeddedPostgres({ dataDir });
    const newPid = Number(readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n")[0]);
    expect(newPid).not.toBe(orphanPid);
    expect(() => process.kill(orphanPid, 0)).toThrow();
    expect(await query(restarted.url, "SELECT 1 AS ok")).toEqual([{ ok: 1 }]);
    await restarted.stop();
    await orphaned.stop(); // already gone: must not hang or throw
  });

  it.runIf(process.getuid?.() === 0)("says clearly when the postgres user cannot reach the data dir", async () => {
    const locked = path.join(base, "locked");
    mkdirSync(locked, { mode: 0o700 });
    chmodSync(locked, 0o700);
    await expect(startEmbeddedPostgres({ dataDir: path.join(locked, "postgres") })).rejects.toThrow(/postgres' user, which cannot enter .*locked.*chmod o\+x/s);
  });
});
