// The silent-change signal: the model id and system fingerprint the provider reports are stored
// per completion (OpenAI SDK against the wire server), and a changed fingerprint raises an alert
// even when no metric moved.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "../../lib/db/client";
import { startWorker, type RunningWorker } from "../../lib/worker/worker";
import { evaluateFinishedWatchRuns } from "../../lib/watch/evaluate";
import { createWatch } from "../../lib/watch/service";
import { runWatchNow } from "../../lib/watch/start-watch-run";
import { startWireServer, type WireServer } from "../fixtures/wire-server";
import { createRunWorld, type RunWorld } from "../helpers/run-fixtures";
import { closeJobSender } from "../../lib/jobs/sender";

let wire: WireServer;
let world: RunWorld;
let worker: RunningWorker;
let watchId: string;

beforeAll(async () => {
  wire = await startWireServer();
  world = await createRunWorld(wire, ["echo"], 8);
  wire.behave("echo", { echo: true, systemFingerprint: "fp_aaa111" });
  watchId = (await createWatch({ name: "fingerprints", prompt: world.promptName, dataset: world.datasetName, variants: ["v-echo"], cron: "0 0 1 1 *" }, world.userId, null)).id;
  worker = await startWorker(process.env.DATABASE_URL!);
});
afterAll(async () => {
  await worker?.stop();
  await closeJobSender();
  await wire?.close();
});

async function watchRun() {
  const { runId, watchRunId } = await runWatchNow(watchId);
  await expect.poll(async () => (await db().run.findUniqueOrThrow({ where: { id: runId! } })).status, { timeout: 30_000, interval: 200 }).toBe("done");
  await evaluateFinishedWatchRuns();
  await expect.poll(async () => (await db().watchRun.findUniqueOrThrow({ where: { id: watchRunId } })).metrics, { timeout: 20_000 }).not.toBeNull();
  return { runId: runId!, watchRunId };
}

describe("silent model change", () => {
  it("stores what the provider reported and flags a new fingerprint though no metric moved", async () => {
    const first = await watchRun();
    const completions = await db().completion.findMany({ where: { runItem: { runId: first.runId } }, select: { responseModel: true, systemFingerprint: true } });
    expect(completions).toHaveLength(8);
    for (const completion of completions) expect(completion).toEqual({ responseModel: "echo", systemFingerprint: "fp_aaa111" });

    const second = await watchRun();
    expect(await db().driftFinding.findMany({ where: { watchRunId: second.watchRunId, drift: true }, select: { metric: true, before: true, after: true, pAdjusted: true } })).toEqual([]);
    expect(await db().alert.count()).toBe(0);

    wire.behave("echo", { echo: true, systemFingerprint: "fp_bbb222" });
    const changed = await watchRun();
    const findings = await db().driftFinding.findMany({ where: { watchRunId: changed.watchRunId, drift: true } });
    expect(findings).toEqual([]);
    const alerts = await db().alert.findMany({ where: { watchId } });
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({ kind: "fingerprint", watchRunId: changed.watchRunId });
    expect(alerts[0]!.payload).toMatchObject({
      type: "watch.model_changed",
      metrics: [],
      reported: { before: ["echo / fp_aaa111"], now: ["echo / fp_bbb222"], new: ["echo / fp_bbb222"] },
      text: expect.stringContaining("the provider now reports echo / fp_bbb222 (before: echo / fp_aaa111)"),
    });
  });
});
