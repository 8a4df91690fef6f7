// `juxta worker` caps its own heap: V8 reads --max-old-space-size only when a process starts, so
// the command starts the worker again as a child with the cap, and stays only to pass signals on
// and hand back the exit code. Without a cap V8 lets the heap grow toward a quarter of the
// machine's memory before collecting hard (a 10,000-item run peaked at 440 MB; BENCHMARKS.md).
// JUXTA_WORKER_HEAP_MB sets the cap (0: none); a cap already in NODE_OPTIONS or the node flags wins.
import { spawn } from "node:child_process";
import { constants } from "node:os";

export const DEFAULT_WORKER_HEAP_MB = 160;
const CAP_FLAG = "--max-old-space-size";

/** The node flags to start the capped worker with, or null to run it in this process. */
export function cappedHeapArgs(env = process.env) {
  if (env.JUXTA_WORKER_CAPPED === "1") return null;
  if ([...process.execArgv, env.NODE_OPTIONS ?? ""].some((flag) => flag.includes(CAP_FLAG))) return null;
  const megabytes = Number(env.JUXTA_WORKER_HEAP_MB ?? DEFAULT_WORKER_HEAP_MB);
  if (!Number.isFinite(megabytes) || megabytes <= 0) return null;
  return [`${CAP_FLAG}=${Math.round(megabytes)}`];
}

export async function runWithHeapCap(bundle, nodeArgs) {
  const child = spawn(process.execPath, [...nodeArgs, ...process.execArgv, bundle, ...process.argv.slice(2)], {
    // The IPC channel is how the child notices this process die, even of SIGKILL (lib/cli/worker.ts).
    stdio: ["inherit", "inherit", "inherit", "ipc"],
    env: { ...process.env, JUXTA_WORKER_CAPPED: "1" },
  });
  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
  const [code, signal] = await new Promise((resolve) => child.on("exit", (...ended) => resolve(ended)));
  process.exit(code ?? 128 + (constants.signals[signal] ?? 0));
}
