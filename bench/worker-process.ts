// A real `juxta worker` process for the run scenarios, and its peak memory (VmHWM on Linux).
// `juxta worker` starts the worker as its child with a heap cap (bin/heap-cap.js): the peak of
// the child is the worker's; the command's own is reported apart.
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";

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

function cpuSecondsOf(pid: number | undefined): number | null {
  try {
    // Fields 14 and 15 of /proc/<pid>/stat, after the command name in parentheses: utime, stime in ticks.
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

function childOf(pid: number | undefined): number | undefined {
  try {
    const first = readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim().split(/\s+/)[0];
    return first ? Number(first) : undefined;
  } catch {
    return undefined;
  }
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
      worker ??= childOf(child.pid);
      // Uncapped (JUXTA_WORKER_HEAP_MB=0 or a cap in NODE_OPTIONS) the command is the worker.
      return worker === undefined ? { workerMb: peakMb(child.pid), launcherMb: null } : { workerMb: peakMb(worker), launcherMb: peakMb(child.pid) };
    },
    cpuSeconds() {
      worker ??= childOf(child.pid);
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
