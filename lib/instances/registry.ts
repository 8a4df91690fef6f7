// The instances of Juxta sharing one database: every web process and worker has a row with a
// heartbeat stamped by the database's clock (never the app's: machines disagree). A streaming
// answer belongs to the instance that streams it; only answers of dead instances are recovered,
// so a restart of one web process never marks another's live streams as interrupted.
import "server-only";
import { hostname } from "node:os";
import { db } from "../db/client";
import { isDatabaseUnavailable } from "../db/unavailable";
import { log } from "../log";
import { isDeadLocalId, newProcessScopedId } from "./process-id";

/** An instance whose heartbeat is older than this is dead. */
export const INSTANCE_DEAD_AFTER_SECONDS = 20;
const HEARTBEAT_MS = 5_000;

export type InstanceKind = "web" | "worker";

interface Registered {
  id: string;
  kind: InstanceKind;
  timer: NodeJS.Timeout;
}

// On globalThis: the Next server's route bundles and the process that started it share one.
const holder = globalThis as unknown as { juxtaInstance?: Registered };

/** Registers this process (once) and keeps its heartbeat going; returns its id at once. The row
 * is written in the background so a database that is down delays nothing. */
export function currentInstanceId(kind: InstanceKind = "web"): string {
  if (!holder.juxtaInstance) {
    const id = newProcessScopedId();
    const timer = setInterval(() => void beat(id, kind), HEARTBEAT_MS);
    timer.unref();
    holder.juxtaInstance = { id, kind, timer };
    void beat(id, kind);
  }
  return holder.juxtaInstance.id;
}

/** Registers this process and waits for its row (process start-up). */
export async function registerInstance(kind: InstanceKind): Promise<string> {
  const id = currentInstanceId(kind);
  await beat(id, kind);
  return id;
}

async function beat(id: string, kind: InstanceKind): Promise<void> {
  try {
    // An upsert: after a long outage another instance may have removed our row as dead.
    await db().$executeRaw`
      INSERT INTO "Instance" (id, kind, hostname, pid, "startedAt", "heartbeatAt")
      VALUES (${id}, ${kind}, ${hostname()}, ${process.pid}::int, now(), now())
      ON CONFLICT (id) DO UPDATE SET "heartbeatAt" = now()`;
  } catch (error) {
    if (!isDatabaseUnavailable(error)) log.warn("instance heartbeat failed", { error: error instanceof Error ? error.message : String(error) });
  }
}

/** On a clean stop: the row goes, so this instance's answers count as orphaned at once. */
export async function deregisterInstance(): Promise<void> {
  const registered = holder.juxtaInstance;
  if (!registered) return;
  clearInterval(registered.timer);
  holder.juxtaInstance = undefined;
  await db().instance.deleteMany({ where: { id: registered.id } }).catch(() => {});
}

/** Forgets instances that are dead: on this machine as soon as their process is gone, anywhere
 * once their heartbeat is older than the limit. Returns how many. */
export async function forgetDeadInstances(): Promise<number> {
  const local = await db().instance.findMany({ where: { hostname: hostname() }, select: { id: true } });
  const gone = local.filter((row) => isDeadLocalId(row.id)).map((row) => row.id);
  const removed = gone.length > 0 ? (await db().instance.deleteMany({ where: { id: { in: gone } } })).count : 0;
  const stale = await db().$executeRaw`
    DELETE FROM "Instance" WHERE "heartbeatAt" < now() - make_interval(secs => ${INSTANCE_DEAD_AFTER_SECONDS})`;
  return removed + stale;
}
