// A real `juxta worker` process for the run scenarios, and its peak memory (VmHWM on Linux).
// `juxta worker` starts the worker as its child with a heap cap (bin/heap-cap.js): the peak of
// the child is the worker's; the command's own is reported apart.
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { childrenOf, commandLineOf, cpuSecondsOf } from "./process-cpu";

export interface WorkerProcess {
  /** Peak resident set sizes so far, in MB (null where /proc is not available). */
  peakRss(): { workerMb: number | null; launcherMb: number | null };
  /** CPU seconds (user + system) the worker has used so far: less bent by a busy machine than wall time. */
  cpuSeconds(): number | null;
  stop(): Promise<void>;
}

function peakMb(pid: number | undefined): number | null {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) / 1024 : null;
  } catch {
    return null;
  }
}

/** The capped worker: the launcher's node child (not the esbuild service a first start builds the
 * CLI bundle with). */
function workerChildOf(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  return childrenOf(pid).find((child) => commandLineOf(child)[0] === process.execPath);
}

export function startWorkerProcess(): WorkerProcess {
  const juxta = path.resolve(import.meta.dirname, "..", "bin", "juxta.js");
  // JUXTA_BENCH_CPU_PROF=<dir> writes a CPU profile of the worker there (open it in Chrome DevTools).
  const profile = process.env.JUXTA_BENCH_CPU_PROF ? ["--cpu-prof", `--cpu-prof-dir=${process.env.JUXTA_BENCH_CPU_PROF}`] : [];
  const databaseUrl = process.env.JUXTA_BENCH_WORKER_DB_OPTIONS ? `${process.env.DATABASE_URL}${process.env.DATABASE_URL!.includes("?") ? "&" : "?"}options=${encodeURIComponent(process.env.JUXTA_BENCH_WORKER_DB_OPTIONS)}` : process.env.DATABASE_URL;
  const child: ChildProcess = spawn(process.execPath, [...profile, juxta, "worker"], { env: { ...process.env, DATABASE_URL: databaseUrl, JUXTA_LOG_LEVEL: process.env.JUXTA_BENCH_WORKER_LOG ?? "warn" }, stdio: ["ignore", process.env.JUXTA_BENCH_WORKER_LOG ? "inherit" : "ignore", "inherit"] });
  let worker: number | undefined;
  return {
    peakRss() {
      worker ??= workerChildOf(child.pid);
      // Uncapped (JUXTA_WORKER_HEAP_MB=0 or a cap in NODE_OPTIONS) the command is the worker.
      return worker === undefined ? { workerMb: peakMb(child.pid), launcherMb: null } : { workerMb: peakMb(worker), launcherMb: peakMb(child.pid) };
    },
    cpuSeconds() {
      worker ??= workerChildOf(child.pid);
      return cpuSecondsOf(worker ?? child.pid);
    },
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}
