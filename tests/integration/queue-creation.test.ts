// Several processes creating pg-boss queues at once (web processes, workers, the CLI on a first
// start) must all succeed: pg-boss's create_queue deadlocks against a concurrent one, and the
// CI run of 2026-11-30 failed on exactly that (bench's run beside its worker); without the retry this test fails the same way.
import PgBoss from "pg-boss";
import { afterAll, describe, expect, it } from "vitest";
import { createQueue } from "../../lib/jobs/create-queue";
import { jobs } from "../../lib/jobs/queues";

const instances: PgBoss[] = [];

afterAll(async () => {
  await Promise.all(instances.map((boss) => boss.stop({ graceful: false, wait: true })));
});

describe("creating queues from many processes at once", () => {
  it("creates every queue once, however the creations interleave", async () => {
    const names = Object.values(jobs).map((job) => job.name);
    // A fresh schema, so every creation really creates (the racy path).
    const bosses = Array.from({ length: 3 }, () => new PgBoss({ connectionString: process.env.DATABASE_URL!, schema: "queue_race", supervise: false, schedule: false, max: 2 }));
    instances.push(...bosses);
    // Errors reach the test through the awaited calls; this only keeps pg-boss from emitting
    // unhandled ones while the database is dropped after the file.
    for (const boss of bosses) boss.on("error", () => {});
    for (const boss of bosses) await boss.start();
    await Promise.all(
      bosses.map(async (boss, index) => {
        // Different orders, as different processes would have.
        const order = index % 2 === 0 ? names : [...names].reverse();
        await Promise.all(order.map((name) => createQueue(boss, name)));
      }),
    );
    const queues = await bosses[0]!.getQueues();
    expect(queues.map((queue) => queue.name).sort()).toEqual([...names].sort());
  });
});
