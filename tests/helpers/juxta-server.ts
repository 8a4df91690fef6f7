// End-to-end tests drive the real thing: `juxta start` (embedded PostgreSQL in a throwaway data
// dir, migrations, seed, build when stale, Next server, worker), exactly as a user starts it.
// Each test file starts its own, so files do not depend on each other's state or order. Its data
// dir is a copy of one whose database is created and migrated already (tests/setup/e2e-data-dir.ts),
// as after a first start, unless the test is about a new install.
import { execFileSync, spawn } from "node:child_process";
import { chmodSync, createWriteStream, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { inject } from "vitest";
import { freePort } from "../../lib/net/free-port";

const root = path.resolve(import.meta.dirname, "..", "..");

export interface JuxtaServer {
  baseUrl: string;
  dataDir: string;
  port: number;
  /** The `juxta start` process. */
  pid: number;
  /** Kills `juxta start` hard (its children are on their own) and waits for it to exit. */
  kill(): Promise<void>;
  /** Everything the server printed so far. */
  log(): string;
  /** Stops it; the data dir is deleted unless kept (to start again on the same data). */
  stop(options?: { keepData?: boolean }): Promise<void>;
}

/** A killed `juxta start` leaves its embedded PostgreSQL running on purpose (the next start on
 * that data dir stops it); a test server that never became ready has no next start. */
function stopLeftoverPostgres(dataDir: string) {
  try {
    const pid = Number(readFileSync(path.join(dataDir, "postgres", "postmaster.pid"), "utf8").split("\n")[0]);
    if (pid > 0) process.kill(pid, "SIGQUIT");
  } catch {
    // No PostgreSQL was started yet, or it is gone already.
  }
}

interface StartFrom {
  /** Start again on the data dir and port of a server stopped before. */
  reuse?: { dataDir: string; port: number };
  /** An empty data dir, as a new install has: `juxta start` creates the database and migrates it. */
  newInstall?: boolean;
}

function newDataDir(newInstall: boolean): string {
  const dataDir = mkdtempSync(path.join(tmpdir(), "juxta-e2e-"));
  // -a: the cluster's files keep their owner (the postgres user, when we run as root) and modes.
  if (!newInstall) execFileSync("cp", ["-a", `${inject("e2eDataDirTemplate")}/.`, dataDir]);
  return dataDir;
}

export async function startJuxtaServer(name: string, extraEnv: Record<string, string> = {}, { reuse, newInstall = false }: StartFrom = {}): Promise<JuxtaServer> {
  // Built once for every file by tests/setup/web-build.ts; a start must not build it again
  // beside another file's start.
  const buildFailure = inject("webBuildFailure");
  if (buildFailure) throw new Error(`The web app could not be built: ${buildFailure}`);
  const dataDir = reuse?.dataDir ?? newDataDir(newInstall);
  chmodSync(dataDir, 0o755); // the postgres user must be able to enter it when we run as root
  const port = reuse?.port ?? (await freePort());
  mkdirSync(path.join(root, "test-results"), { recursive: true });
  const logPath = path.join(root, "test-results", `e2e-${name}.log`);
  const logStream = createWriteStream(logPath, { flags: reuse ? "a" : "w" });
  const env: NodeJS.ProcessEnv = { ...process.env, JUXTA_DATA_DIR: dataDir, JUXTA_LOG_LEVEL: "debug", ...extraEnv };
  for (const key of ["DATABASE_URL", "JUXTA_ADMIN_EMAIL", "JUXTA_ADMIN_PASSWORD", "OPENAI_API_KEY", "OPENAI_BASE_URL", "ANTHROPIC_API_KEY"]) {
    if (!(key in extraEnv)) delete env[key];
  }
  const server = spawn(process.execPath, [path.join(root, "bin", "juxta.js"), "start", "--port", String(port), "--host", "127.0.0.1"], {
    cwd: root,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  server.stdout.pipe(logStream);
  server.stderr.pipe(logStream);

  const ready = await new Promise<boolean>((resolve) => {
    const timer = setTimeout(() => resolve(false), 220_000);
    server.stdout.on("data", (chunk: Buffer) => {
      if (chunk.toString().includes("juxta: ready at")) {
        clearTimeout(timer);
        resolve(true);
      }
    });
    server.once("exit", () => {
      clearTimeout(timer);
      resolve(false);
    });
  });
  if (!ready) {
    server.kill("SIGKILL");
    stopLeftoverPostgres(dataDir);
    throw new Error(`juxta start did not become ready; see ${logPath}`);
  }
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    dataDir,
    port,
    pid: server.pid!,
    async kill() {
      const exited = new Promise((resolve) => server.once("exit", resolve));
      server.kill("SIGKILL");
      await exited;
      logStream.end();
    },
    log: () => readFileSync(logPath, "utf8"),
    async stop(options = {}) {
      const exited = new Promise((resolve) => server.once("exit", resolve));
      server.kill("SIGTERM");
      await exited;
      logStream.end();
      if (!options.keepData) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
