// Putting a run's id on the pg-boss queue the worker serves. The web process only sends: its boss
// neither supervises nor schedules (the worker does), and it starts on the first send.
import PgBoss from "pg-boss";
import { BOSS_SCHEMA } from "../jobs/boss-schema";
import { log } from "../log";

export const EXECUTE_RUN_QUEUE = "runs.execute";
/** A run may take hours; pg-boss caps expiry below 24 h. A job that outlives its worker is
 * picked up sooner by the resume sweep (lib/runs/resume.ts), so expiry is only a backstop. */
export const EXECUTE_RUN_EXPIRE_HOURS = 23;

const holder = globalThis as unknown as { juxtaRunSender?: Promise<PgBoss> };

/** The web process's one pg-boss sender (judgings send through it too). */
export function runSender(): Promise<PgBoss> {
  holder.juxtaRunSender ??= (async () => {
    const connectionString = process.env.DATABASE_URL;
    if (!connectionString) throw new Error("DATABASE_URL is not set");
    const boss = new PgBoss({ connectionString, schema: BOSS_SCHEMA, supervise: false, schedule: false, application_name: "juxta-web", max: 2 });
    boss.on("error", (error) => log.error("pg-boss sender error", { error: error.message }));
    await boss.start();
    await boss.createQueue(EXECUTE_RUN_QUEUE);
    return boss;
  })();
  holder.juxtaRunSender.catch(() => (holder.juxtaRunSender = undefined));
  return holder.juxtaRunSender;
}

export async function enqueueRun(runId: string, boss?: PgBoss): Promise<void> {
  await (boss ?? (await runSender())).send(EXECUTE_RUN_QUEUE, { runId }, { expireInHours: EXECUTE_RUN_EXPIRE_HOURS, retryLimit: 3, retryDelay: 5 });
}

export async function closeRunSender(): Promise<void> {
  const pending = holder.juxtaRunSender;
  holder.juxtaRunSender = undefined;
  if (pending) await (await pending).stop({ graceful: false, wait: true });
}
