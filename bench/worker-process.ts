// A real `juxta worker` process for the run scenarios, and its peak memory (VmHWM on Linux).
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";

export interface WorkerProcess {
  /** Peak resident set size so far, in MB (null where /proc is not available). */
  peakRssMb(): number | null;
  stop(): Promise<void>;
}

export function startWorkerProcess(): WorkerProcess {
  const juxta = path.resolve(import.meta.dirname, "..", "bin", "juxta.js");
  // JUXTA_BENCH_CPU_PROF=<dir> writes a CPU profile of the worker there (open it in Chrome DevTools).
  const profile = process.env.JUXTA_BENCH_CPU_PROF ? ["--cpu-prof", `--cpu-prof-dir=${process.env.JUXTA_BENCH_CPU_PROF}`] : [];
  const databaseUrl = process.env.JUXTA_BENCH_WORKER_DB_OPTIONS ? `${process.env.DATABASE_URL}${process.env.DATABASE_URL!.includes("?") ? "&" : "?"}options=${encodeURIComponent(process.env.JUXTA_BENCH_WORKER_DB_OPTIONS)}` : process.env.DATABASE_URL;
  const child: ChildProcess = spawn(process.execPath, [...profile, juxta, "worker"], { env: { ...process.env, DATABASE_URL: databaseUrl, JUXTA_LOG_LEVEL: process.env.JUXTA_BENCH_WORKER_LOG ?? "warn" }, stdio: ["ignore", process.env.JUXTA_BENCH_WORKER_LOG ? "inherit" : "ignore", "inherit"] });
  return {
    peakRssMb() {
      try {
        const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, "utf8"));
        return match ? Number(match[1]) / 1024 : null;
      } catch {
        return null;
      }
    },
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}
