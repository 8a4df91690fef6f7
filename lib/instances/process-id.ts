// Ids that name a process: "<hostname>:<pid>:<random>". Instances and run executors use them, so
// a process on the same machine can tell at once that the owner of an id is gone (its pid no
// longer exists) instead of waiting for a heartbeat or a lease to lapse.
import { randomBytes } from "node:crypto";
import { hostname } from "node:os";

export function newProcessScopedId(): string {
  return `${hostname()}:${process.pid}:${randomBytes(4).toString("hex")}`;
}

/** True when the id names a process on this machine that no longer exists. */
export function isDeadLocalId(id: string | null): boolean {
  if (!id) return false;
  const [host, pidText] = id.split(":");
  if (host !== hostname() || !pidText) return false;
  const pid = Number(pidText);
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "ESRCH";
  }
}
