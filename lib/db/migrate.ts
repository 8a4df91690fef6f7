// Applies and diffs migrations with Prisma's schema engine compiled to WebAssembly, talking to the
// database through the pg driver adapter. No native engine and no network are needed, so this
// works on locked-down machines; the files stay plain SQL so `prisma migrate deploy` works too.
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import type { MigrationList, SchemaEngine } from "@prisma/schema-engine-wasm";
import * as engineBindings from "@prisma/schema-engine-wasm/schema_engine_bg";
import { existsSync, readdirSync, readFileSync } from "node:fs";
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

async function withEngine<T>(databaseUrl: string, use: (engine: SchemaEngine) => Promise<T>): Promise<T> {
  const adapter = bindMigrationAwareSqlAdapterFactory(new PrismaPg({ connectionString: databaseUrl }));
  const schema = readFileSync(schemaPath, "utf8");
  const Engine = await loadEngine();
  const engine = await Engine.new({ datamodels: [[schemaPath, schema]] }, () => {}, adapter);
  try {
    return await use(engine);
  } finally {
    engine.free();
  }
}

/** Applies every migration not yet applied; returns the names of those it applied. */
export async function applyMigrations(databaseUrl: string, dir = migrationsDir): Promise<string[]> {
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
