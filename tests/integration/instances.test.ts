// Several processes on one database: answers are recovered only when the instance streaming them
// is dead, run leases are judged by the database's clock, and progress tells claimed items from
// items whose call is under way.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { recoverInterruptedCompletions } from "../../lib/compare/recover";
import { db } from "../../lib/db/client";
import { currentInstanceId, INSTANCE_DEAD_AFTER_SECONDS } from "../../lib/instances/registry";
import { claimItems, markCalling } from "../../lib/runs/claim";
import { createRun } from "../../lib/runs/create-run";
import { takeRun } from "../../lib/runs/executor-lease";
import { getRun } from "../../lib/runs/views";
import { startWireServer, type WireServer } from "../fixtures/wire-server";
import { createRunWorld, type RunWorld } from "../helpers/run-fixtures";
import { closeJobSender } from "../../lib/jobs/sender";

let wire: WireServer;
let world: RunWorld;

beforeAll(async () => {
  wire = await startWireServer();
  world = await createRunWorld(wire, ["steady"], 6);
});
afterAll(async () => {
  vi.useRealTimers();
  await closeJobSender();
  await wire.close();
});

async function streamingCompletion(instanceId: string | null) {
  const variantId = world.variants.steady!;
  const session = await db().session.create({ data: { title: "t", createdById: world.userId, columns: { create: [{ position: 0, variantId }] } }, include: { columns: true } });
  const turn = await db().turn.create({ data: { sessionId: session.id, index: 0, content: "hi" } });
  return db().completion.create({ data: { turnId: turn.id, columnId: session.columns[0]!.id, variantId, status: "streaming", request: {}, text: "partial", instanceId } });
}

describe("recovering interrupted answers", () => {
  it("marks only the answers of dead instances, keeping their text", async () => {
    const live = currentInstanceId();
    await expect.poll(() => db().instance.count({ where: { id: live } })).toBe(1);
    // Another machine's instance whose heartbeat stopped, and one still beating.
    await db().instance.create({ data: { id: "other-host:1:dead", kind: "web", hostname: "other-host", pid: 1, heartbeatAt: new Date(Date.now() - 3_600_000) } });
    await db().$executeRaw`INSERT INTO "Instance" (id, kind, hostname, pid, "heartbeatAt") VALUES ('other-host:2:alive', 'web', 'other-host', 2, now())`;
    const ours = await streamingCompletion(live);
    const othersLive = await streamingCompletion("other-host:2:alive");
    const othersDead = await streamingCompletion("other-host:1:dead");
    const unowned = await streamingCompletion(null);

    expect(await recoverInterruptedCompletions()).toBe(2);
    const status = async (id: string) => (await db().completion.findUniqueOrThrow({ where: { id } })).status;
    expect(await status(ours.id)).toBe("streaming");
    expect(await status(othersLive.id)).toBe("streaming");
    expect(await db().completion.findUniqueOrThrow({ where: { id: othersDead.id } })).toMatchObject({ status: "error", text: "partial" });
    expect(await status(unowned.id)).toBe("error");
    expect(await db().instance.count({ where: { id: "other-host:1:dead" } })).toBe(0);

    // The live one dies too once its heartbeat is older than the limit, judged by the database.
    await db().$executeRaw`UPDATE "Instance" SET "heartbeatAt" = now() - make_interval(secs => ${INSTANCE_DEAD_AFTER_SECONDS + 1}) WHERE id = 'other-host:2:alive'`;
    expect(await recoverInterruptedCompletions()).toBe(1);
    expect(await status(othersLive.id)).toBe("error");
  });
});

describe("run leases", () => {
  it("are compared with the database's clock, not this machine's", async () => {
    const { id } = await createRun({ kind: "replay", prompt: world.promptName, dataset: world.datasetName, variants: ["v-steady"] }, world.userId);
    // An executor on another machine holds the run for 30 more seconds by the database's clock.
    await db().$executeRaw`UPDATE "Run" SET "executorId" = 'other-host:7:live', "executorLeaseUntil" = now() + interval '30 seconds', status = 'running' WHERE id = ${id}::uuid`;
    // This machine's clock runs an hour ahead: its lease must still look valid.
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Date.now() + 3_600_000);
    expect(await takeRun(id, "this-host:1:me", 30_000)).toBe(false);
    vi.useRealTimers();
    // Once it lapses (by the database's clock), the run can be taken.
    await db().$executeRaw`UPDATE "Run" SET "executorLeaseUntil" = now() - interval '1 second' WHERE id = ${id}::uuid`;
    expect(await takeRun(id, "this-host:1:me", 30_000)).toBe(true);
  });
});

describe("run progress", () => {
  it("counts claimed items apart from items whose call is under way", async () => {
    const { id } = await createRun({ kind: "replay", prompt: world.promptName, dataset: world.datasetName, variants: ["v-steady"] }, world.userId);
    expect(await takeRun(id, "host:1:exec", 30_000)).toBe(true);
    const claimed = await claimItems(id, "host:1:exec", 4, null);
    expect((await getRun(id)).progress).toMatchObject({ pending: 2, claimed: 4, running: 0 });
    await markCalling(claimed.slice(0, 3).map((item) => item.id), "host:1:exec");
    expect((await getRun(id)).progress).toMatchObject({ pending: 2, claimed: 1, running: 3 });
  });
});
