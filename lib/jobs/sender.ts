// The one pg-boss sender of a process, behind the typed `send` of each queue in queues.ts. Web
// processes, the CLI and the worker's own follow-up jobs (a run enqueued by the resume sweep, an
// alert to deliver) put jobs on queues through it. It neither supervises nor schedules — the
// worker's own instance does (lib/worker) — and starts on the first send. Each queue it sends to
// is created once: a job may be sent before any worker has created its queues.
import "server-only";
import PgBoss from "pg-boss";
import { databaseUrl } from "../config/env";
import { log } from "../log";
import { BOSS_SCHEMA } from "./boss-schema";

interface Sender {
  boss: Promise<PgBoss>;
  queues: Set<string>;
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
    await started.createQueue(queue);
    queues.add(queue);
  }
  await started.send(queue, data, options);
}

export async function closeJobSender(): Promise<void> {
  const pending = holder.juxtaJobSender;
  holder.juxtaJobSender = undefined;
  if (pending) await (await pending.boss).stop({ graceful: false, wait: true });
}
