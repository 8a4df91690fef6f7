// The process's one LISTEN connection (lib/db/listen.ts): every channel listened to hears its
// notifications, whether it was added before the connection was up or several at once after, and
// the connection never has two statements in flight (pg only queues the second, with a
// deprecation warning; pg 9 refuses it).
import { afterAll, describe, expect, it } from "vitest";
import { db } from "../../lib/db/client";
import { closeListener, listen } from "../../lib/db/listen";

const warnings: string[] = [];
process.on("warning", (warning) => warnings.push(warning.message));

afterAll(() => closeListener());

describe("the process's LISTEN connection", () => {
  it("hears every channel, added before it connects or many at once after, one statement at a time", async () => {
    const heard: string[] = [];
    const channels = ["listen_a", "listen_b", "listen_c", "listen_d", "listen_e", "listen_f"];
    // Three before the connection is up (listened to when it connects)…
    for (const channel of channels.slice(0, 3)) listen(channel, (payload) => heard.push(`${channel}:${payload}`));
    await expect.poll(() => db().$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = 'juxta-listener' AND datname = current_database()`.then(([row]) => row!.n), { timeout: 10_000 }).toBe(1);
    // …three at once once it is (each sent while the previous may still be running).
    for (const channel of channels.slice(3)) listen(channel, (payload) => heard.push(`${channel}:${payload}`));
    await expect
      .poll(
        async () => {
          for (const channel of channels) await db().$executeRaw`SELECT pg_notify(${channel}, 'hello')`;
          return channels.every((channel) => heard.includes(`${channel}:hello`));
        },
        { timeout: 10_000, interval: 200 },
      )
      .toBe(true);
    expect(warnings.filter((message) => message.includes("already executing"))).toEqual([]);
  });
});
