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
  return pid !== process.pid && !isProcessAlive(pid);
}

/** Whether a process with this pid exists on this machine (EPERM: it does, as another user). */
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
