// The web process: Next.js in production mode, built first when the sources changed since the
// last build (so `npm start` after a `git pull` never serves a stale app).
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { projectRoot } from "../db/migrate";

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
  const fingerprint = sourceFingerprint();
  const built = existsSync(path.join(projectRoot, ".next", "BUILD_ID")) && existsSync(fingerprintFile)
    ? readFileSync(fingerprintFile, "utf8")
    : "";
  if (built === fingerprint) return;
  log("Building the web app (first start, or the sources changed) …");
  const result = spawnSync(process.execPath, [nextBin, "build"], {
    cwd: projectRoot,
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" },
  });
  if (result.status !== 0) throw new Error("`next build` failed; see its output above.");
  writeFileSync(fingerprintFile, fingerprint);
}

export function spawnNextServer(port: number, host: string, extraEnv: Record<string, string>): ChildProcess {
  return spawn(process.execPath, [nextBin, "start", "--port", String(port), "--hostname", host], {
    cwd: projectRoot,
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, ...extraEnv, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" },
  });
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
