// The pg-boss worker, for real: a job sent to its queue is handled against the database.
import { describe, expect, it } from "vitest";
import { startLoginSession, userFromLoginSession } from "../../lib/auth/login-sessions";
import { hashSecret } from "../../lib/auth/secret-tokens";
import { createUser } from "../../lib/auth/users";
import { db } from "../../lib/db/client";
import { jobs } from "../../lib/jobs/queues";
import { closeJobSender } from "../../lib/jobs/sender";
import { handlers } from "../../lib/worker/handlers";
import { startWorker } from "../../lib/worker/worker";

describe("worker", () => {
  it("serves the purge queue: expired logins go, live ones stay", async () => {
    const user = await createUser({ name: "W", email: "w@example.com", password: "worker-pass", role: "reviewer" });
    const expired = await startLoginSession(user.id);
    const live = await startLoginSession(user.id);
    await db().authSession.update({ where: { tokenHash: hashSecret(expired.token) }, data: { expiresAt: new Date(Date.now() - 60_000) } });

    const worker = await startWorker(process.env.DATABASE_URL!);
    try {
      await jobs.purgeExpiredLogins.send({});
      await expect.poll(() => db().authSession.count(), { timeout: 30_000, interval: 250 }).toBe(1);
      expect(await userFromLoginSession(live.token)).toMatchObject({ id: user.id });
      expect(await userFromLoginSession(expired.token)).toBeNull();
    } finally {
      await worker.stop();
      await closeJobSender();
    }
  });

  it("keeps one pg-boss per process: while a worker runs, the process's sends go through the worker's instance", async () => {
    const connections = async (applicationName: string) => {
      const [row] = await db().$queryRaw<{ count: number }[]>`SELECT count(*)::int AS count FROM pg_stat_activity WHERE datname = current_database() AND application_name = ${applicationName}`;
      return row!.count;
    };
    // A web process (no worker) sends through a send-only instance of its own.
    await jobs.purgeExpiredLogins.send({});
    expect(await connections("juxta-sender")).toBeGreaterThan(0);

    const worker = await startWorker(process.env.DATABASE_URL!);
    try {
      await expect.poll(() => connections("juxta-sender"), { timeout: 10_000, interval: 100 }).toBe(0);
      await jobs.purgeExpiredLogins.send({});
      await jobs.watchTick.send({});
      expect(await connections("juxta-sender")).toBe(0);
      expect(await connections("juxta-worker")).toBeGreaterThan(0);
    } finally {
      await worker.stop();
    }
    // The worker gone, sending still works: a send-only instance again.
    await jobs.purgeExpiredLogins.send({});
    expect(await connections("juxta-sender")).toBeGreaterThan(0);
    await closeJobSender();
  });

  it("serves every queue defined in lib/jobs/queues.ts, each once", () => {
    expect(handlers.map((handler) => handler.name).sort()).toEqual(Object.values(jobs).map((job) => job.name).sort());
  });
});
