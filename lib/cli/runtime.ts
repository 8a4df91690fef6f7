// What every process of Juxta needs before it touches data: a database (the one in DATABASE_URL,
// or the embedded one in the data dir) with migrations applied, and the secret key. The results
// are settled in the environment (lib/config/env.ts) so that lib/db and lib/secrets, and child
// processes, find them.
import "server-only";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { AppError } from "../api/errors";
import { env, settleEnv } from "../config/env";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "../db/embedded-postgres";
import { DatabaseSetupError } from "../db/errors";
import { applyMigrations } from "../db/migrate";
import { generateSecretKey } from "../secrets/crypto";

export interface Runtime {
  databaseUrl: string;
  embedded: boolean;
  dataDir: string;
  stop(): Promise<void>;
}

const RUNTIME_FILE = "juxta-runtime.json";

interface Options {
  migrate: boolean;
  /** Use the embedded database of a `juxta start` already running on this data dir (one-shot
   * commands and extra workers) instead of refusing because the data dir is taken. */
  shareRunning: boolean;
  log: (line: string) => void;
  /** Restart the embedded PostgreSQL when it dies (the process that owns it: juxta start). */
  supervise?: boolean;
}

export async function prepareRuntime(options: Options): Promise<Runtime> {
  const config = env();
  const dataDir = path.resolve(config.JUXTA_DATA_DIR);
  mkdirSync(dataDir, { recursive: true });
  settleEnv({ JUXTA_SECRET_KEY: config.JUXTA_SECRET_KEY ?? readOrCreateSecretKey(dataDir) });

  let database: EmbeddedDatabase | null = null;
  let databaseUrl = config.DATABASE_URL;
  if (!databaseUrl) {
    // A `juxta start` already running on this data dir shares its database with other commands.
    databaseUrl = options.shareRunning ? runningEmbeddedUrl(dataDir) : undefined;
    if (!databaseUrl) {
      options.log(`Starting the embedded PostgreSQL in ${path.join(dataDir, "postgres")} …`);
      database = await startEmbeddedPostgres({ dataDir: path.join(dataDir, "postgres"), supervise: options.supervise ? options.log : undefined }).catch((error: unknown) => {
        // Said to the person running the command, as one line (bin/juxta.ts prints AppErrors so).
        throw error instanceof DatabaseSetupError ? new AppError(error.kind, error.kind === "conflict" ? 409 : 500, error.message) : error;
      });
      databaseUrl = database.url;
    }
  }
  settleEnv({ DATABASE_URL: databaseUrl });

  try {
    if (options.migrate) {
      const applied = await applyMigrations(databaseUrl);
      if (applied.length > 0) options.log(`Applied migrations: ${applied.join(", ")}`);
    }
  } catch (error) {
    await database?.stop();
    throw error;
  }

  return {
    databaseUrl,
    embedded: database !== null,
    dataDir,
    async stop() {
      await database?.stop();
    },
  };
}

/** Written by `juxta start` while it serves an embedded database, read by the other commands. */
export function advertiseEmbeddedUrl(dataDir: string, databaseUrl: string) {
  writeFileSync(path.join(dataDir, RUNTIME_FILE), JSON.stringify({ pid: process.pid, databaseUrl }), { mode: 0o600 });
}

export function withdrawEmbeddedUrl(dataDir: string) {
  writeFileSync(path.join(dataDir, RUNTIME_FILE), "{}", { mode: 0o600 });
}

function runningEmbeddedUrl(dataDir: string): string | undefined {
  const file = path.join(dataDir, RUNTIME_FILE);
  if (!existsSync(file)) return undefined;
  const { pid, databaseUrl } = JSON.parse(readFileSync(file, "utf8")) as { pid?: number; databaseUrl?: string };
  if (!pid || !databaseUrl || pid === process.pid) return undefined;
  try {
    process.kill(pid, 0);
    return databaseUrl;
  } catch {
    return undefined;
  }
}

function readOrCreateSecretKey(dataDir: string): string {
  const file = path.join(dataDir, "secret.key");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  const key = generateSecretKey();
  writeFileSync(file, `${key}\n`, { mode: 0o600 });
  return key;
}
