// The one pg-boss instance a process sends jobs through, behind the typed `send` of each queue in
// queues.ts. Web processes and the CLI start a send-only instance on the first send (it neither
// supervises nor schedules). A worker process sends too (a run enqueued by the resume sweep, an
// alert to deliver): the worker hands its own started instance over (adoptJobSender), so the
// process keeps one pg-boss and one connection pool, not two. Each queue it sends to is created
// once: a job may be sent before any worker has created its queues.
import "server-only";
import PgBoss from "pg-boss";
import { databaseUrl } from "../config/env";
import { log } from "../log";
import { BOSS_SCHEMA } from "./boss-schema";
import { createQueue } from "./create-queue";

interface Sender {
  boss: Promise<PgBoss>;
  queues: Set<string>;
  /** The worker's instance, which the worker stops; unset for one started here (closeJobSender stops it). */
  adopted?: PgBoss;
}

const holder = globalThis as unknown as { juxtaJobSender?: Sender };

function sender(): Sender {
  if (holder.juxtaJobSender) return holder.juxtaJobSender;
  const boss = (async () => {
    const connectionString = databaseUrl();
    if (!connectionString) throw new Error("DATABASE_URL is not set");
    const started = new PgBoss({ connectionString, schema: BOSS_SCHEMA, supervise: false, schedule: false, application_name: "juxta-sender", max: 2 });
    started.on("error", (error) => log.error("pg-boss sender error", { error: error.message }));
    await started.start();
    return started;
  })();
  const created: Sender = { boss, queues: new Set() };
  // A sender that could not start is dropped, so the next send tries again.
  boss.catch(() => {
    if (holder.juxtaJobSender === created) holder.juxtaJobSender = undefined;
  });
  return (holder.juxtaJobSender = created);
}

export async function sendJob(queue: string, data: object, options: PgBoss.SendOptions = {}): Promise<void> {
  const { boss, queues } = sender();
  const started = await boss;
  if (!queues.has(queue)) {
    await createQueue(started, queue);
    queues.add(queue);
  }
  await started.send(queue, data, options);
}

/** Sends from now on go through the worker's started instance; a send-only one started before
 * is stopped. The worker calls releaseJobSender before it stops its instance. */
export async function adoptJobSender(boss: PgBoss): Promise<void> {
  await closeJobSender();
  holder.juxtaJobSender = { boss: Promise.resolve(boss), queues: new Set(), adopted: boss };
}

/** The worker's instance is going away: the next send starts a send-only one again. */
export function releaseJobSender(boss: PgBoss): void {
  if (holder.juxtaJobSender?.adopted === boss) holder.juxtaJobSender = undefined;
}

/** Stops the send-only instance, if this module started one; an adopted one is only let go. */
export async function closeJobSender(): Promise<void> {
  const pending = holder.juxtaJobSender;
  holder.juxtaJobSender = undefined;
  if (pending && !pending.adopted) await (await pending.boss).stop({ graceful: false, wait: true });
}
