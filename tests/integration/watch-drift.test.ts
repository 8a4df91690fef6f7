// A watch catches a provider's silent change: the simulated model is degraded (its degraded
// release, more errors, slower first tokens) between two watch runs, and a local webhook receiver
// gets exactly one signed alert naming the drifted metrics; an undegraded rerun raises none.
// Runs execute on the real pg-boss worker, webhooks go through the real delivery queue.
import { createHmac } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUser } from "../../lib/auth/users";
import { createDataset, importCases } from "../../lib/datasets/service";
import { db } from "../../lib/db/client";
import { startWorker, type RunningWorker } from "../../lib/worker/worker";
import { createPrompt } from "../../lib/prompts/service";
import { importModels } from "../../lib/providers/models";
import { createProvider, updateProvider } from "../../lib/providers/service";
import { createRun } from "../../lib/runs/create-run";
import { createVariant } from "../../lib/variants/service";
import { sendTestAlert } from "../../lib/watch/alerts";
import { evaluateFinishedWatchRuns } from "../../lib/watch/evaluate";
import { createWatch } from "../../lib/watch/service";
import { runWatchNow } from "../../lib/watch/start-watch-run";
import { startWebhookReceiver, type WebhookReceiver } from "../helpers/webhook-receiver";
import { closeJobSender } from "../../lib/jobs/sender";

const SECRET = "a-long-shared-webhook-secret";
/** Steady latencies and no failures: the undegraded reruns differ only by chance. Latencies of a
 * few hundred ms keep the provider's time well above this busy machine's own jitter. */
const steady = { rateLimitRate: 0, errorRate: 0, timeoutRate: 0, cutRate: 0, ttftMs: 1_500, ttftSpread: 0.1, tokensPerSecondSpread: 0.1 };
const simulated = (profile: Record<string, unknown>) => ({ simulated: { speed: 5, profiles: { "sim-balanced": profile } } });

let worker: RunningWorker;
let receiver: WebhookReceiver;
let providerId: string;
let watchId: string;

beforeAll(async () => {
  receiver = await startWebhookReceiver();
  const user = await createUser({ name: "Watcher", email: "watcher@example.com", password: "long-enough", role: "editor" });
  const provider = await createProvider({ name: "Sim", kind: "simulated", settings: simulated(steady) });
  providerId = provider.id;
  const [model] = await importModels(provider.id, ["sim-balanced"]);
  await createVariant({ name: "canary", modelId: model!.id, temperature: 0 });
  await createPrompt({ name: "triage", messages: [{ role: "user", content: 'Return JSON with keys "category" and "summary" for this ticket: {{ticket}}' }] }, user.id);
  const dataset = await createDataset({ name: "tickets" });
  const lines = Array.from({ length: 40 }, (_, i) => JSON.stringify({ variables: { ticket: `Order ORD-${1000 + i} was charged twice (${i})` } }));
  await importCases(dataset.id, { format: "jsonl", content: lines.join("\n") });
  const created = await createWatch(
    { name: "triage canary", prompt: "triage", dataset: "tickets", variants: ["canary"], assertions: [{ type: "is_json" }], cron: "0 0 1 1 *", concurrency: 8, webhooks: [{ url: receiver.url, secret: SECRET }] },
    user.id,
    "http://juxta.test",
  );
  watchId = created.id;
  worker = await startWorker(process.env.DATABASE_URL!);
  // A fresh process's first calls are slow (JIT, connections): warm up before the baseline, or the
  // baseline's latency would be the process starting.
  const warmUp = await createRun({ kind: "replay", prompt: "triage", dataset: "tickets", variants: ["canary"], concurrency: 8 }, user.id);
  while (!["done", "failed", "cancelled"].includes((await db().run.findUniqueOrThrow({ where: { id: warmUp.id } })).status)) await new Promise((resolve) => setTimeout(resolve, 200));
});
afterAll(async () => {
  await worker?.stop();
  await closeJobSender();
  await receiver?.close();
});

/** Starts a watch run, waits for the worker to finish it, evaluates it. */
async function watchRun() {
  const started = await runWatchNow(watchId);
  await expect.poll(async () => (await db().run.findUniqueOrThrow({ where: { id: started.runId! } })).status, { timeout: 60_000, interval: 200 }).toBe("done");
  // The worker evaluates it (watch.evaluate-run); the minute tick's sweep is called here too.
  await evaluateFinishedWatchRuns();
  await expect.poll(async () => (await db().watchRun.findUniqueOrThrow({ where: { id: started.watchRunId } })).metrics, { timeout: 20_000 }).not.toBeNull();
  return db().watchRun.findUniqueOrThrow({ where: { id: started.watchRunId }, include: { findings: true } });
}

describe("watch drift", () => {
  it("adopts the first run as baseline, stays quiet on an undegraded rerun, and alerts once, signed, when the provider degrades", async () => {
    const first = await watchRun();
    expect((await db().watch.findUniqueOrThrow({ where: { id: watchId } })).baselineRunId).toBe(first.runId);
    expect(first.findings).toEqual([]);

    const rerun = await watchRun();
    expect(rerun.findings.filter((finding) => finding.against === "baseline").map((finding) => finding.metric).sort()).toEqual(
      ["changed_share", "cost_per_useful_answer_usd", "dissimilar_share", "output_tokens", "pass_rate", "total_ms_p95", "ttft_ms_p95"],
    );
    expect(rerun.findings.filter((finding) => finding.drift)).toEqual([]);
    // Temperature 0: the same answers, so nothing changed.
    expect(rerun.findings.find((finding) => finding.metric === "changed_share")!.after).toBe(0);
    // What the control chart draws: each metric with its interval, the changed shares included.
    const figures = (rerun.metrics as { variants: Record<string, { figures: Record<string, { value: number | null }> }> }).variants;
    expect(Object.values(figures)[0]!.figures).toMatchObject({ pass_rate: { value: expect.any(Number) }, total_ms_p95: { value: expect.any(Number) }, changed_share: { value: 0 } });
    expect(await db().alert.count()).toBe(0);

    // The silent change: the degraded release, a quarter of attempts failing (retried), slower first tokens.
    await updateProvider(providerId, { settings: simulated({ ...steady, preset: "degraded", errorRate: 0.25, ttftMs: 6_000 }) });
    const degraded = await watchRun();
    const drifted = degraded.findings.filter((finding) => finding.against === "baseline" && finding.drift).map((finding) => finding.metric);
    expect(drifted).toEqual(expect.arrayContaining(["pass_rate", "ttft_ms_p95", "total_ms_p95"]));

    await expect.poll(() => receiver.received.length, { timeout: 20_000 }).toBe(1);
    const [webhook] = receiver.received;
    expect(webhook!.headers["x-juxta-signature"]).toBe(`sha256=${createHmac("sha256", SECRET).update(webhook!.body).digest("hex")}`);
    const body = JSON.parse(webhook!.body);
    expect(body).toMatchObject({ type: "watch.drift", watch: { id: watchId, name: "triage canary" }, variant: { name: "canary" }, link: `http://juxta.test/watches/${watchId}?run=${degraded.id}` });
    expect(body.metrics.map((metric: { metric: string }) => metric.metric).sort()).toEqual([...drifted].sort());
    const passRate = body.metrics.find((metric: { metric: string }) => metric.metric === "pass_rate");
    expect(passRate.after).toBeLessThan(passRate.before);
    expect(passRate.ci95[1]).toBeLessThan(0);
    expect(body.text).toMatch(/^Juxta watch "triage canary", variant canary: .*pass rate \d+\.\d % → \d+\.\d % \(−\d+\.\d points, 95 % CI/);

    // Delivered once and recorded; a second evaluation pass raises nothing new.
    await evaluateFinishedWatchRuns();
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(receiver.received).toHaveLength(1);
    expect(await db().alertDelivery.findMany({ select: { attempt: true, responseStatus: true, delivered: true } })).toEqual([{ attempt: 1, responseStatus: 200, delivered: true }]);
  });

  it("retries a failing webhook with backoff and records each attempt with its response", async () => {
    const flaky = await startWebhookReceiver([503]);
    try {
      await db().watch.update({ where: { id: watchId }, data: { webhooks: [] } });
      const user = await db().user.findFirstOrThrow();
      const other = await createWatch({ name: "flaky hook", prompt: "triage", dataset: "tickets", variants: ["canary"], cron: "0 0 1 1 *", webhooks: [{ url: flaky.url }] }, user.id, null);
      expect(other.generatedSecrets).toHaveLength(1);
      const { alertId } = await sendTestAlert(other.id);
      await expect.poll(() => flaky.received.length, { timeout: 20_000 }).toBe(2);
      const { secret } = other.generatedSecrets[0]!;
      for (const request of flaky.received) expect(request.headers["x-juxta-signature"]).toBe(`sha256=${createHmac("sha256", secret).update(request.body).digest("hex")}`);
      expect(JSON.parse(flaky.received[1]!.body)).toMatchObject({ type: "watch.test", text: expect.stringContaining('Juxta watch "flaky hook": test notification') });
      await expect.poll(() => db().alertDelivery.count({ where: { alertId } })).toBe(2);
      expect(await db().alertDelivery.findMany({ where: { alertId }, orderBy: { attempt: "asc" }, select: { attempt: true, responseStatus: true, responseExcerpt: true, delivered: true } })).toEqual([
        { attempt: 1, responseStatus: 503, responseExcerpt: "not now", delivered: false },
        { attempt: 2, responseStatus: 200, responseExcerpt: "ok", delivered: true },
      ]);
    } finally {
      await flaky.close();
    }
  });
});
