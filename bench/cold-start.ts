// Scenario 5 (--cold): what a new user waits for. A fresh clone of this checkout's HEAD, then the
// README's two commands: `npm install`, `npm start`, until the first page answers.
import { execFileSync, spawn } from "node:child_process";
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { freePort } from "../lib/net/free-port";
import type { Raw, Row } from "./report";

async function firstPage(url: string, deadline: number): Promise<void> {
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url, { redirect: "manual" });
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${url} did not answer in time`);
}

export async function coldStart(rows: Row[], raw: Raw) {
  const root = path.resolve(import.meta.dirname, "..");
  const dir = mkdtempSync(path.join(tmpdir(), "juxta-cold-"));
  chmodSync(dir, 0o755); // the embedded PostgreSQL runs as the postgres user when we are root
  const checkout = path.join(dir, "juxta");
  const started = performance.now();
  execFileSync("git", ["clone", "--quiet", root, checkout]);
  const cloned = performance.now();
  execFileSync("npm", ["install", "--no-audit", "--no-fund", "--loglevel=error"], { cwd: checkout, stdio: "ignore" });
  const installed = performance.now();
  const port = await freePort();
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port) };
  delete env.DATABASE_URL;
  const server = spawn("npm", ["start"], { cwd: checkout, env, stdio: ["ignore", "pipe", "ignore"], detached: true });
  // The first `next build` apart: from juxta's "Building the web app" line to its next line.
  let buildStarted: number | null = null;
  let buildEnded: number | null = null;
  let pending = "";
  server.stdout!.on("data", (chunk: Buffer) => {
    pending += chunk.toString();
    const lines = pending.split("\n");
    pending = lines.pop()!;
    for (const line of lines) {
      if (buildStarted === null && line.includes("Building the web app")) buildStarted = performance.now();
      else if (buildStarted !== null && buildEnded === null && line.startsWith("juxta:")) buildEnded = performance.now();
    }
  });
  try {
    await firstPage(`http://127.0.0.1:${port}/`, Date.now() + 10 * 60_000);
  } finally {
    process.kill(-server.pid!, "SIGTERM");
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    rmSync(dir, { recursive: true, force: true });
  }
  const served = performance.now();
  const seconds = (a: number, b: number) => (b - a) / 1000;
  const buildSeconds = buildStarted !== null && buildEnded !== null ? seconds(buildStarted, buildEnded) : null;
  const total = seconds(started, served);
  raw.cold_start = { cloneSeconds: seconds(started, cloned), installSeconds: seconds(cloned, installed), startSeconds: seconds(installed, served), buildSeconds, totalSeconds: total };
  rows.push({
    scenario: "5. Cold start",
    measure: "fresh clone → npm install → npm start → first page",
    value: `${total.toFixed(0)} s (install ${seconds(cloned, installed).toFixed(0)} s, start ${seconds(installed, served).toFixed(0)} s of which the first \`next build\` ${buildSeconds === null ? "–" : buildSeconds.toFixed(0)} s)`,
    target: "≤ 120 s",
    met: total <= 120,
  });
}
