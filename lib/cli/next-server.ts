// The web process: Next.js in production mode (lib/cli/web.ts), built first when the sources
// changed since the last build (so `npm start` after a `git pull` never serves a stale app).
import "server-only";
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { writeRouteIndex } from "../api/openapi/route-index-source";
import { childProcessEnv } from "../config/env";
import { projectRoot } from "../db/migrate";
import { isProcessAlive } from "../instances/process-id";

const nextBin = path.join(projectRoot, "node_modules", "next", "dist", "bin", "next");
const fingerprintFile = path.join(projectRoot, ".next", "juxta-source-fingerprint");
const sourceRoots = ["app", "components", "lib", "proxy.ts", "public", "prisma/schema.prisma", "next.config.ts", "postcss.config.mjs", "package-lock.json", "tsconfig.json"];

function sourceFingerprint(): string {
  const hash = createHash("sha256");
  const visit = (relative: string) => {
    const absolute = path.join(projectRoot, relative);
    if (!existsSync(absolute) || relative.startsWith("lib/db/generated")) return;
    if (statSync(absolute).isDirectory()) {
      for (const entry of readdirSync(absolute).sort()) visit(path.join(relative, entry));
    } else {
      hash.update(relative).update("\0").update(readFileSync(absolute)).update("\0");
    }
  };
  sourceRoots.forEach(visit);
  return hash.digest("hex");
}

export function buildIfStale(log: (line: string) => void): void {
  // A route file added or removed since the index was generated: the build must see the new one.
  if (writeRouteIndex(projectRoot)) log("Rewrote lib/api/openapi/route-index.generated.ts (route files changed)");
  const fingerprint = sourceFingerprint();
  const built = existsSync(path.join(projectRoot, ".next", "BUILD_ID")) && existsSync(fingerprintFile)
    ? readFileSync(fingerprintFile, "utf8")
    : "";
  if (built === fingerprint) return;
  log("Building the web app (first start, or the sources changed) …");
  const result = spawnSync(process.execPath, [nextBin, "build"], {
    cwd: projectRoot,
    stdio: "inherit",
    env: childProcessEnv({ NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" }),
  });
  if (result.status !== 0) throw new Error("`next build` failed; see its output above.");
  writeFileSync(fingerprintFile, fingerprint);
}

const juxtaBin = path.join(projectRoot, "bin", "juxta.js");
const WEB_PID_FILE = "juxta-web.pid";

/** The web server as a child of `juxta start` (lib/cli/web.ts), tied to it by an IPC channel:
 * when this process dies, however it dies, the child sees the channel close and exits. Its pid
 * is written to the data dir so that a later start can clear a child that somehow survived. */
export function spawnWebServer(port: number, host: string, dataDir: string, extraEnv: Record<string, string>): ChildProcess {
  const child = spawn(process.execPath, [juxtaBin, "web", "--port", String(port), "--host", host], {
    cwd: projectRoot,
    stdio: ["ignore", "inherit", "inherit", "ipc"],
    env: childProcessEnv({ ...extraEnv, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" }),
  });
  if (child.pid) writeFileSync(path.join(dataDir, WEB_PID_FILE), String(child.pid));
  return child;
}

/** A web server left by an earlier `juxta start` of this data dir holds the port: stop it. */
export async function clearOrphanedWebServer(dataDir: string, log: (line: string) => void): Promise<void> {
  const file = path.join(dataDir, WEB_PID_FILE);
  if (!existsSync(file)) return;
  const pid = Number.parseInt(readFileSync(file, "utf8"), 10);
  writeFileSync(file, "");
  if (!Number.isInteger(pid) || pid <= 0 || !isOurWebServer(pid)) return;
  log(`stopping the web server (pid ${pid}) left by an earlier start`);
  process.kill(pid, "SIGTERM");
  for (let waited = 0; isProcessAlive(pid); waited += 100) {
    if (waited === 5_000) process.kill(pid, "SIGKILL");
    if (waited > 15_000) throw new Error(`The old web server (pid ${pid}) did not stop.`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function isOurWebServer(pid: number): boolean {
  try {
    const command = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0");
    return command.includes(juxtaBin) && command.includes("web");
  } catch {
    return false; // gone, or no /proc: never kill what we cannot identify
  }
}

export async function waitUntilHealthy(url: string, child: ChildProcess, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The web server exited with code ${child.exitCode} while starting.`);
    try {
      const response = await fetch(`${url}/api/v1/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`The web server did not answer ${url}/api/v1/health within ${timeoutMs / 1000}s.`);
}
