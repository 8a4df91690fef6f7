// Every pg-boss queue, defined once: its name, the zod schema of its payload, how its jobs are
// sent (expiry, retries) and, for sweeps, when it runs. Services enqueue through `send`, typed by
// the schema and checked by it before anything reaches the database; the worker (lib/worker)
// serves each queue by its definition and parses the payload again, since a job may have been
// written by another version of Juxta.
import "server-only";
import type PgBoss from "pg-boss";
import { z } from "zod";
import { db } from "../db/client";
import { log } from "../log";
import { sendJob } from "./sender";

/** Where a send tells the worker's pollers of a `wake` queue to fetch now (payload: the queue's
 * name): pg-boss 10 only polls, and a run waiting up to a poll interval to start is a second lost
 * on a run of seconds. Best effort: a wake that is lost leaves the job to the next poll. */
export const JOB_SENT_CHANNEL = "juxta_job_sent";

export interface Job<S extends z.ZodType> {
  name: string;
  schema: S;
  /** Cron (UTC) for queues that run on a schedule. */
  schedule?: string;
  /** Also run once whenever a worker starts (sweeps that should not wait for the schedule). */
  runAtStart?: boolean;
  /** A send wakes the worker's pollers of this queue (JOB_SENT_CHANNEL). */
  wake?: boolean;
  send(payload: z.input<S>, options?: PgBoss.SendOptions): Promise<void>;
}

function job<S extends z.ZodType>(name: string, schema: S, defaults: PgBoss.SendOptions = {}, how: { schedule?: string; runAtStart?: boolean; wake?: boolean } = {}): Job<S> {
  return {
    name,
    schema,
    ...how,
    async send(payload, options) {
      await sendJob(name, schema.parse(payload) as object, { ...defaults, ...options });
      if (how.wake) await wakeWorkers(name);
    },
  };
}

async function wakeWorkers(queue: string) {
  await db()
    .$executeRaw`SELECT pg_notify(${JOB_SENT_CHANNEL}, ${queue})`.then(() => undefined)
    .catch((error: unknown) => log.warn("could not wake the workers", { queue, error: error instanceof Error ? error.message : String(error) }));
}

const sweep = z.object({}).loose();
const everyMinute = { schedule: "* * * * *", runAtStart: true };

/** A run may take hours; pg-boss caps expiry below 24 h. A job that outlives its worker is
 * picked up sooner by the resume sweep, so expiry is only a backstop. */
const LONG_JOB = { expireInHours: 23, retryLimit: 3, retryDelay: 5 };

/** Alert deliveries: attempts after the first, 2 s, 4 s, 8 s… apart (pg-boss retryBackoff). */
export const DELIVERY_RETRIES = 5;

export const jobs = {
  executeRun: job("runs.execute", z.object({ runId: z.uuid() }).strict(), LONG_JOB, { wake: true }),
  /** Unfinished runs whose executor is gone are enqueued again. */
  resumeRuns: job("runs.resume", sweep, {}, everyMinute),
  executeJudging: job("judgings.execute", z.object({ judgingId: z.uuid() }).strict(), LONG_JOB, { wake: true }),
  resumeJudgings: job("judgings.resume", sweep, {}, everyMinute),
  /** Answers left streaming by a dead web process are marked interrupted. */
  recoverCompletions: job("compare.recover-interrupted", sweep, {}, everyMinute),
  purgeExpiredLogins: job("auth.purge-expired-logins", sweep, {}, { schedule: "17 * * * *" }),
  watchTick: job("watch.tick", sweep, {}, everyMinute),
  /** Sent when a watch run starts, and again while its run is unfinished: the minute tick would
   * evaluate it too; this gets the verdict seconds after it finishes. */
  watchEvaluateRun: job("watch.evaluate-run", z.object({ watchRunId: z.uuid() }).strict(), { startAfter: 3, expireInMinutes: 5 }),
  /** One job per alert and webhook; each attempt is recorded by lib/watch/deliver.ts. */
  watchDeliverAlert: job("watch.deliver-alert", z.object({ alertId: z.uuid(), webhookId: z.string().min(1) }).strict(), { retryLimit: DELIVERY_RETRIES, retryDelay: 2, retryBackoff: true, expireInMinutes: 5 }),
};
