// The worker: a pg-boss process that serves every queue in lib/jobs/queues. Many workers on many
// machines can share one Postgres; pg-boss hands each job to one of them.
import PgBoss from "pg-boss";
import { log } from "../log";
import { queues } from "./queues";

export const BOSS_SCHEMA = "pgboss";

export function createBoss(databaseUrl: string): PgBoss {
  const boss = new PgBoss({ connectionString: databaseUrl, schema: BOSS_SCHEMA, application_name: "juxta-worker" });
  boss.on("error", (error) => log.error("pg-boss error", { error: error.message }));
  return boss;
}

export interface RunningWorker {
  boss: PgBoss;
  stop(): Promise<void>;
}

export async function startWorker(databaseUrl: string): Promise<RunningWorker> {
  const boss = createBoss(databaseUrl);
  await boss.start();
  for (const queue of queues) {
    await boss.createQueue(queue.name);
    await boss.work(queue.name, async (jobs) => {
      for (const job of jobs) {
        // Parsed again here: the payload may have been written by another version of Juxta.
        await queue.handle(queue.schema.parse(job.data ?? {}));
      }
    });
    if (queue.schedule) await boss.schedule(queue.name, queue.schedule, {});
  }
  log.info("worker started", { queues: queues.map((queue) => queue.name) });
  return {
    boss,
    async stop() {
      await boss.stop({ graceful: true, timeout: 10_000, wait: true });
    },
  };
}
