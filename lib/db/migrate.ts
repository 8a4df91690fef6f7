// Applies and diffs migrations with Prisma's schema engine compiled to WebAssembly, talking to the
// database through the pg driver adapter. No native engine and no network are needed, so this
// works on locked-down machines; the files stay plain SQL so `prisma migrate deploy` works too.
import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import type { MigrationList, SchemaEngine } from "@prisma/schema-engine-wasm";
import * as engineBindings from "@prisma/schema-engine-wasm/schema_engine_bg";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createHash, randomUUID } from "node:crypto";
import { createRequire } from "node:module";
import path from "node:path";

export const projectRoot = path.resolve(import.meta.dirname, "..", "..");
export const migrationsDir = path.join(projectRoot, "prisma", "migrations");
export const schemaPath = path.join(projectRoot, "prisma", "schema.prisma");

const noFilters = { externalTables: [], externalEnums: [] };

export function loadMigrations(dir = migrationsDir): MigrationList {
  const lockPath = path.join(dir, "migration_lock.toml");
  const directories = existsSync(dir)
    ? readdirSync(dir, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name)
        .sort()
    : [];
  return {
    baseDir: dir,
    lockfile: { path: "migration_lock.toml", content: existsSync(lockPath) ? readFileSync(lockPath, "utf8") : null },
    shadowDbInitScript: "",
    migrationDirectories: directories.map((name) => {
      const file = path.join(dir, name, "migration.sql");
      return {
        path: name,
        migrationFile: {
          path: "migration.sql",
          content: existsSync(file)
            ? { tag: "ok" as const, value: readFileSync(file, "utf8") }
            : { tag: "error" as const, value: `${file} is missing` },
        },
      };
    }),
  };
}

let engineClass: Promise<typeof SchemaEngine> | undefined;

/** The package's entry imports the .wasm file as an ES module, which Node cannot do yet; so we
 * instantiate the module ourselves and hand it to the generated bindings, as that entry would. */
function loadEngine(): Promise<typeof SchemaEngine> {
  engineClass ??= (async () => {
    const bindingsPath = createRequire(import.meta.url).resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const bytes = readFileSync(bindingsPath.replace(/\.js$/, ".wasm"));
    const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": engineBindings });
    engineBindings.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return engineBindings.SchemaEngine;
  })();
  return engineClass;
}

async function withEngine<T>(databaseUrl: string, run: (engine: SchemaEngine) => Promise<T>): Promise<T> {
  // The engine never closes the connections it opens, and one of them holds the migration
  // advisory lock, so the next engine would wait for it: we keep the adapters it opens and
  // dispose of them ourselves.
  const factory = new PrismaPg({ connectionString: databaseUrl });
  const opened: { dispose(): Promise<void> }[] = [];
  const connect = async () => {
    const adapter = readCharColumnsAsText(await factory.connect());
    opened.push(adapter);
    return adapter;
  };
  const tracked: SqlMigrationAwareDriverAdapterFactory = {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect,
    connectToShadowDb: async () => {
      const shadow = await connectToShadowDb(databaseUrl, connect);
      opened.push(shadow);
      return shadow;
    },
  };
  const Engine = await loadEngine();
  const schema = readFileSync(schemaPath, "utf8");
  const engine = await Engine.new({ datamodels: [[schemaPath, schema]] }, () => {}, bindMigrationAwareSqlAdapterFactory(tracked));
  try {
    return await run(engine);
  } finally {
    engine.free();
    await Promise.all(opened.map((adapter) => adapter.dispose()));
  }
}

/** The engine describes a schema by reading pg_catalog, whose flag columns have Postgres's
 * one-byte "char" type (OID 18); the pg adapter rejects that type, though pg returns the value as
 * a plain string. Here, on the migration adapters only, such columns are reported as text. */
function readCharColumnsAsText<T extends SqlDriverAdapter>(adapter: T): T {
  type Io = (query: unknown) => Promise<{ fields: { dataTypeID: number }[] }>;
  const target = adapter as unknown as { performIO: Io };
  const performIO = target.performIO.bind(adapter);
  target.performIO = async (query) => {
    const result = await performIO(query);
    for (const field of result.fields) if (field.dataTypeID === PG_CHAR_OID) field.dataTypeID = PG_TEXT_OID;
    return result;
  };
  return adapter;
}
const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;

/** A fresh database to replay migrations in, dropped on dispose. PrismaPg's own shadow database
 * connects back to the main database when given a connection string (pg lets the string's
 * database win over the `database` option), so we build the shadow URL ourselves. */
async function connectToShadowDb(databaseUrl: string, connectMain: () => Promise<SqlDriverAdapter>) {
  const main = await connectMain();
  const name = `prisma_migrate_shadow_db_${randomUUID().replaceAll("-", "")}`;
  await main.executeScript(`CREATE DATABASE "${name}"`);
  const url = new URL(databaseUrl);
  url.pathname = `/${name}`;
  const shadow = readCharColumnsAsText(await new PrismaPg({ connectionString: url.toString() }).connect());
  let disposed = false;
  return new Proxy(shadow, {
    get(target, property, receiver) {
      if (property === "dispose") {
        return async () => {
          if (disposed) return;
          disposed = true;
          await target.dispose();
          await main.executeScript(`DROP DATABASE IF EXISTS "${name}"`);
        };
      }
      const value: unknown = Reflect.get(target, property, receiver);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

/** True when every migration in `dir` is recorded as applied, with the same checksum (what the
 * engine would check). Lets a start skip loading the schema engine — tens of MB of WebAssembly —
 * when there is nothing to do, which is almost every start. */
async function allApplied(databaseUrl: string, dir: string): Promise<boolean> {
  const local = loadMigrations(dir).migrationDirectories.map((migration) => ({
    name: migration.path,
    checksum: migration.migrationFile.content.tag === "ok" ? createHash("sha256").update(migration.migrationFile.content.value).digest("hex") : null,
  }));
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const table = await client.query<{ exists: boolean }>(`SELECT to_regclass('_prisma_migrations') IS NOT NULL AS exists`);
    if (!table.rows[0]?.exists) return false;
    const applied = await client.query<{ migration_name: string; checksum: string }>(
      `SELECT migration_name, checksum FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
    );
    const checksums = new Map(applied.rows.map((row) => [row.migration_name, row.checksum]));
    return local.every((migration) => migration.checksum !== null && checksums.get(migration.name) === migration.checksum);
  } finally {
    await client.end();
  }
}

/** Applies every migration not yet applied; returns the names of those it applied. */
export async function applyMigrations(databaseUrl: string, dir = migrationsDir): Promise<string[]> {
  if (await allApplied(databaseUrl, dir)) return [];
  return withEngine(databaseUrl, async (engine) => {
    const result = await engine.applyMigrations({ migrationsList: loadMigrations(dir), filters: noFilters });
    return result.appliedMigrationNames;
  });
}

/** The SQL that would take the migrations' schema to schema.prisma ("" when they agree). Needs a
 * database to replay the migrations in: the engine creates and drops a shadow database there. */
export async function diffMigrationsToSchema(databaseUrl: string, dir = migrationsDir): Promise<string> {
  return withEngine(databaseUrl, async (engine) => {
    const from = existsSync(dir) && readdirSync(dir).length > 0
      ? { tag: "migrations" as const, ...loadMigrations(dir) }
      : { tag: "empty" as const };
    const result = await engine.diff({
      from,
      to: { tag: "schemaDatamodel", files: [{ path: schemaPath, content: readFileSync(schemaPath, "utf8") }] },
      script: true,
      exitCode: null,
      filters: noFilters,
    });
    const script = result.stdout ?? "";
    return script.includes("empty migration") ? "" : script;
  });
}
