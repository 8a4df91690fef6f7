// The worker: a pg-boss process that serves every queue in lib/jobs/queues.ts. Many workers on many
// machines can share one Postgres; pg-boss hands each job to one of them.
import "server-only";
import PgBoss from "pg-boss";
import { listen } from "../db/listen";
import { isDatabaseUnavailable, waitForDatabase } from "../db/unavailable";
import { deregisterInstance, registerInstance } from "../instances/registry";
import { log } from "../log";
import { BOSS_SCHEMA } from "../jobs/boss-schema";
import { createQueue } from "../jobs/create-queue";
import { JOB_SENT_CHANNEL } from "../jobs/queues";
import { adoptJobSender, releaseJobSender } from "../jobs/sender";
import { handlers } from "./handlers";

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
  const shutdown = new AbortController();
  await boss.start();
  // The process's sends (the resume sweep's runs, alert deliveries) go through this instance too.
  await adoptJobSender(boss);
  await registerInstance("worker");
  /** Each queue's pollers, woken when a job is sent to it (JOB_SENT_CHANNEL) instead of at their next poll. */
  const pollers = new Map<string, string[]>();
  const unlisten = listen(JOB_SENT_CHANNEL, (queue) => pollers.get(queue)?.forEach((id) => boss.notifyWorker(id)));
  for (const queue of handlers) {
    await createQueue(boss, queue.name);
    pollers.set(queue.name, []);
    for (let slot = 0; slot < (queue.slots ?? 1); slot++) {
      const poller = await boss.work(queue.name, { pollingIntervalSeconds: queue.pollingIntervalSeconds ?? 2 }, async (jobs) => {
        for (const job of jobs) {
          try {
            await queue.run(job.data, { signal: shutdown.signal });
          } catch (error) {
            // pg-boss records the outcome without waiting for the database: let it come back
            // first, so the job is retried instead of the record being lost.
            if (isDatabaseUnavailable(error)) await waitForDatabase(shutdown.signal).catch(() => {});
            throw error;
          }
        }
      });
      pollers.get(queue.name)!.push(poller);
    }
    if (queue.schedule) await boss.schedule(queue.name, queue.schedule, {});
    if (queue.runAtStart) await boss.send(queue.name, {});
  }
  log.info("worker started", { queues: handlers.map((queue) => queue.name) });
  return {
    boss,
    async stop() {
      // Long handlers (runs) put their unfinished items back first, so the next worker resumes.
      shutdown.abort();
      unlisten();
      releaseJobSender(boss);
      await boss.stop({ graceful: true, timeout: 10_000, wait: true });
      await deregisterInstance();
    },
  };
}
