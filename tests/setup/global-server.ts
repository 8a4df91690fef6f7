// End-to-end tests drive the real thing: `juxta start` (embedded PostgreSQL in a throwaway data
// dir, migrations, seed, build when stale, Next server, worker), exactly as a user starts it.
import { spawn } from "node:child_process";
import { chmodSync, mkdtempSync, rmSync, createWriteStream, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { freePort } from "../helpers/free-port";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    dataDir: string;
  }
}

const root = path.resolve(import.meta.dirname, "..", "..");

export default async function setup(project: TestProject) {
  const dataDir = mkdtempSync(path.join(tmpdir(), "juxta-e2e-"));
  chmodSync(dataDir, 0o755); // the postgres user must be able to enter it when we run as root
  const port = await freePort();
  mkdirSync(path.join(root, "test-results"), { recursive: true });
  const logPath = path.join(root, "test-results", "e2e-server.log");
  const logStream = createWriteStream(logPath);
  const env: NodeJS.ProcessEnv = { ...process.env, JUXTA_DATA_DIR: dataDir, JUXTA_LOG_LEVEL: "info" };
  delete env.DATABASE_URL;
  delete env.JUXTA_ADMIN_EMAIL;
  delete env.JUXTA_ADMIN_PASSWORD;
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
    throw new Error(`juxta start did not become ready; see ${logPath}`);
  }
  project.provide("baseUrl", `http://127.0.0.1:${port}`);
  project.provide("dataDir", dataDir);

  return async () => {
    const exited = new Promise((resolve) => server.once("exit", resolve));
    server.kill("SIGTERM");
    await exited;
    rmSync(dataDir, { recursive: true, force: true });
  };
}
