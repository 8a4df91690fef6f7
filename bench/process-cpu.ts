// CPU time of processes from /proc (Linux), for splitting a scenario's cost by process: less bent
// by a busy machine than wall time. Each reader returns null where /proc is not available.
import { readFileSync } from "node:fs";
import pg from "pg";

const TICKS_PER_SECOND = 100;

/** utime, stime, cutime, cstime of /proc/<pid>/stat, in seconds (fields 14–17, counted after the
 * command name in parentheses, which may itself hold spaces). */
function statTimes(pid: number | "self"): { own: number; reaped: number } | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = text.slice(text.lastIndexOf(") ") + 2).split(" ");
    const tick = (index: number) => Number(fields[index]) / TICKS_PER_SECOND;
    return { own: tick(11) + tick(12), reaped: tick(13) + tick(14) };
  } catch {
    return null;
  }
}

export function childrenOf(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

export function commandLineOf(pid: number): string[] {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").filter(Boolean);
  } catch {
    return [];
  }
}

/** CPU seconds of one process alone. */
export function cpuSecondsOf(pid: number | undefined): number | null {
  return pid === undefined ? null : (statTimes(pid)?.own ?? null);
}

/** CPU seconds of a process tree: the process, every live descendant, and every descendant that
 * has exited and been waited for (the kernel adds those to their parent's cutime/cstime). */
export function treeCpuSeconds(pid: number | undefined): number | null {
  if (pid === undefined) return null;
  const times = statTimes(pid);
  if (!times) return null;
  return childrenOf(pid).reduce((sum, child) => sum + (treeCpuSeconds(child) ?? 0), times.own + times.reaped);
}

/** CPU seconds of this process's children that have exited and been waited for: around a child's
 * spawn → exit (and nothing else exiting meanwhile), the child's whole CPU. */
export function reapedChildrenCpuSeconds(): number | null {
  return statTimes("self")?.reaped ?? null;
}

/** The postmaster of the cluster behind `databaseUrl`: the parent of a backend of ours. Null when
 * the server is not on this machine (its pid is not ours to read). */
export async function postmasterPid(databaseUrl: string): Promise<number | null> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ pid: number }>("SELECT pg_backend_pid() AS pid");
    const text = readFileSync(`/proc/${rows[0]!.pid}/stat`, "utf8");
    const parent = Number(text.slice(text.lastIndexOf(") ") + 2).split(" ")[1]);
    return commandLineOf(parent).some((arg) => arg.includes("postgres")) ? parent : null;
  } catch {
    return null;
  } finally {
    await client.end();
  }
}
