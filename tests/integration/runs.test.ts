// Runs end to end without a browser: the REST routes create rows and enqueue, the real pg-boss
// worker executes against the wire server (faults included), and the summary is computed in SQL.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as cancelRoute } from "../../app/api/v1/runs/[id]/cancel/route";
import { GET as itemRoute } from "../../app/api/v1/runs/[id]/items/[itemId]/route";
import { GET as itemsRoute } from "../../app/api/v1/runs/[id]/items/route";
import { GET as runRoute } from "../../app/api/v1/runs/[id]/route";
import { GET as summaryRoute } from "../../app/api/v1/runs/[id]/summary/route";
import { GET as summaryCsvRoute } from "../../app/api/v1/runs/[id]/summary/export/route";
import { POST as createRoute, GET as listRoute } from "../../app/api/v1/runs/route";
import { db } from "../../lib/db/client";
import { startWorker, type RunningWorker } from "../../lib/worker/worker";
import { percentile } from "../../lib/stats/percentile";
import { summaryCsvHeaders } from "../../lib/runs/summary-columns";
import { startWireServer, type WireServer } from "../fixtures/wire-server";
import { createRunWorld, type RunWorld } from "../helpers/run-fixtures";
import { closeJobSender } from "../../lib/jobs/sender";

let wire: WireServer;
let world: RunWorld;
let worker: RunningWorker;

beforeAll(async () => {
  wire = await startWireServer();
  world = await createRunWorld(wire, ["echo", "flaky", "broken", "cut", "slow", "priced"], 6);
  wire.behave("echo", { echo: true, chunkDelayMs: 2 });
  // Two retryable failures before the first token, then fine: retried, not duplicated.
  wire.behave("flaky", { echo: true, faults: [{ type: "status", status: 429, retryAfterSeconds: 0 }, { type: "status", status: 500 }] });
  wire.behave("broken", { alwaysFault: { type: "status", status: 500 } });
  wire.behave("cut", { echo: true, alwaysFault: { type: "cut", afterChunks: 2 } });
  wire.behave("slow", { echo: true, ttftMs: 150, chunkDelayMs: 20 });
  wire.behave("priced", { chunks: Array.from({ length: 50_000 }, () => "x "), inputTokens: 100_000 });
  worker = await startWorker(process.env.DATABASE_URL!);
});
afterAll(async () => {
  await worker?.stop();
  await closeJobSender();
  await wire?.close();
});

type Handler = (request: Request, args: { params: Promise<Record<string, string>> }) => Promise<Response>;
async function call(handler: Handler, params: Record<string, string> = {}, options: { body?: unknown; search?: string } = {}) {
  const response = await handler(
    new Request(`http://localhost/api/v1/x${options.search ?? ""}`, {
      method: options.body === undefined ? "GET" : "POST",
      headers: { authorization: `Bearer ${world.token}`, "content-type": "application/json" },
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    }),
    { params: Promise.resolve(params) },
  );
  return { status: response.status, body: await response.json() };
}

async function finished(id: string, timeout = 60_000) {
  await expect.poll(async () => (await call(runRoute, { id })).body.run.status, { timeout, interval: 200 }).toMatch(/^(done|cancelled|failed)$/);
  return (await call(runRoute, { id })).body.run;
}

describe("runs", () => {
  it("refuses bad input with problem details that say what is wrong", async () => {
    const unknownPrompt = await call(createRoute, {}, { body: { kind: "replay", prompt: "nope", dataset: world.datasetName, variants: ["v-echo"] } });
    expect(unknownPrompt.status).toBe(404);
    expect(unknownPrompt.body.detail).toBe('A prompt named "nope" was not found.');
    const noVariants = await call(createRoute, {}, { body: { kind: "replay", prompt: world.promptName, dataset: world.datasetName, variants: [] } });
    expect(noVariants.status).toBe(400);
    expect(noVariants.body.detail).toContain("Pick at least one variant.");
    const missingVariable = await call(createRoute, {}, { body: { kind: "load", prompt: world.promptName, variants: ["v-echo"], requests: 2 } });
    expect(missingVariable.body.detail).toBe("The load request cannot fill the prompt: No value for {{country}}.");
    const overBudget = await call(createRoute, {}, { body: { kind: "replay", prompt: world.promptName, dataset: world.datasetName, variants: ["v-echo"], budgetUsd: 0.000001 } });
    expect(overBudget.status).toBe(400);
    expect(overBudget.body.detail).toMatch(/^The run is estimated at \$0\.\d{4}, over its budget of \$0\.000001/);
    expect(await db().run.count()).toBe(0);
  });

  it("replays a dataset against variants: every item once, errors by kind, retries not duplicated", async () => {
    const created = await call(createRoute, {}, {
      body: { kind: "replay", prompt: `${world.promptName}@1`, dataset: world.datasetName, variants: ["v-echo", "v-flaky", "v-broken", "v-cut"], concurrency: 3, assertions: [{ type: "max_latency_ms", value: 60_000 }] },
    });
    expect(created.status).toBe(201);
    expect(created.body.run).toMatchObject({ kind: "replay", status: "queued", totalItems: 24 });
    const run = await finished(created.body.run.id);
    expect(run).toMatchObject({ status: "done", progress: { total: 24, done: 12, error: 12, pending: 0, running: 0 } });
    expect(await db().completion.count()).toBe(24);
    expect(await db().runItem.count({ where: { runId: run.id, completionId: null } })).toBe(0);

    const { summary } = (await call(summaryRoute, { id: run.id })).body;
    const byVariant = Object.fromEntries(summary.variants.map((stats: { variantId: string }) => [stats.variantId, stats]));
    expect(byVariant[world.variants.echo!]).toMatchObject({ items: 6, done: 6, passed: 6, passRate: 1, errorRate: 0, attempts: 6 });
    expect(byVariant[world.variants.flaky!]).toMatchObject({ done: 6, passed: 6, attempts: 8 });
    expect(byVariant[world.variants.broken!]).toMatchObject({ errors: 6, passed: 0, passRate: 0, errorRate: 1, costPerUsefulAnswerUsd: null });
    expect(summary.errorKinds).toEqual(expect.arrayContaining([{ variantId: world.variants.broken, kind: "server", count: 6 }, { variantId: world.variants.cut, kind: "network", count: 6 }]));

    // Percentiles in SQL agree with the one definition in lib/metrics.
    const totals = (await db().completion.findMany({ where: { variantId: world.variants.echo, status: "done" }, select: { totalMs: true } })).map((row) => row.totalMs!);
    expect(byVariant[world.variants.echo!].total.p95).toBeCloseTo(percentile(totals, 0.95)!, 6);
    const costs = await db().completion.aggregate({ where: { variantId: world.variants.flaky }, _sum: { costUsd: true } });
    // Money as decimal strings: the exact sum of the calls, and its share per useful answer to 1e-8.
    expect(byVariant[world.variants.flaky!].costUsd).toBe(costs._sum.costUsd!.toFixed(8));
    expect(byVariant[world.variants.flaky!].costPerUsefulAnswerUsd).toBe(costs._sum.costUsd!.div(6).toFixed(8));

    // The same table as CSV: the page's and the CLI's columns, with the raw figures.
    const csv = await summaryCsvRoute(new Request(`http://localhost/api/v1/x?format=csv`, { headers: { authorization: `Bearer ${world.token}` } }), { params: Promise.resolve({ id: run.id }) });
    expect(csv.headers.get("content-disposition")).toMatch(/^attachment; filename=".+-summary\.csv"$/);
    const [header, ...lines] = (await csv.text()).trim().split("\r\n").map((line) => line.split(","));
    expect(header).toEqual(summaryCsvHeaders());
    const echoLine = lines.find((line) => line[0] === "v-echo")!;
    expect([echoLine[header!.indexOf("done")], echoLine[header!.indexOf("pass_rate")], echoLine[header!.indexOf("total_p95_ms")]]).toEqual(["6", "1", String(byVariant[world.variants.echo!].total.p95)]);
    expect((await call(summaryCsvRoute, { id: run.id }, { search: "?format=pdf" })).status).toBe(400);
    // The summary answers JSON only: asking it for the CSV names where the CSV is now.
    const asked = await call(summaryRoute, { id: run.id }, { search: "?format=csv" });
    expect([asked.status, asked.body.errors[0]]).toEqual([400, { path: "format", message: expect.stringContaining("/summary/export") }]);

    // A cut stream keeps its partial text.
    const items = (await call(itemsRoute, { id: run.id }, { search: `?variantId=${world.variants.cut}` })).body;
    expect(items.total).toBe(6);
    const cut = (await call(itemRoute, { id: run.id, itemId: items.items[0].id })).body.item;
    expect(cut.completion).toMatchObject({ status: "error", errorKind: "network", text: "Echo: Capital" });
    const echoItems = (await call(itemsRoute, { id: run.id }, { search: `?variantId=${world.variants.echo}&limit=2` })).body;
    expect(echoItems.items.map((item: { caseLabel: string }) => item.caseLabel)).toEqual(["Country0", "Country1"]);
    const echo = (await call(itemRoute, { id: run.id, itemId: echoItems.items[1].id })).body.item;
    expect(echo.completion.assertions.map((result: { type: string; passed: boolean }) => [result.type, result.passed])).toEqual([
      ["contains", true],
      ["max_latency_ms", true],
    ]);
  });

  it("compares with a baseline: changed, unchanged, newly failing and fixed", async () => {
    const base = await call(createRoute, {}, { body: { kind: "replay", prompt: world.promptName, dataset: world.datasetName, variants: ["v-echo"] } });
    await finished(base.body.run.id);
    // The next run asks differently for two cases: their answers change and lose "CountryN".
    await db().testCase.updateMany({ where: { datasetId: world.datasetId, position: { in: [0, 1] } }, data: { variables: { country: "Elsewhere" } } });
    const next = await call(createRoute, {}, {
      body: { kind: "replay", prompt: world.promptName, dataset: world.datasetName, variants: ["v-echo"], baselineRunId: base.body.run.id, assertions: [{ type: "similar_to_baseline", minRatio: 0.9 }] },
    });
    const run = await finished(next.body.run.id);
    const { summary } = (await call(summaryRoute, { id: run.id })).body;
    // The verdicts are exclusive: the two changed answers also fail now, so they count as newly failing.
    expect(summary.baseline).toMatchObject({ matched: 6, unchanged: 4, changed: 0, newlyFailing: 2, fixed: 0 });
    const items = (await call(itemsRoute, { id: run.id })).body.items;
    expect(items.map((item: { baseline: { verdict: string } }) => item.baseline.verdict)).toEqual(["newly_failing", "newly_failing", "unchanged", "unchanged", "unchanged", "unchanged"]);
    const changed = (await call(itemRoute, { id: run.id, itemId: items[0].id })).body.item;
    expect(changed.baseline).toMatchObject({ text: "Echo: Capital of Country0?", verdict: "newly_failing" });
    expect(changed.completion.assertions[1]).toMatchObject({ type: "similar_to_baseline", passed: false });
  });

  it("runs a load sweep one concurrency level at a time, never above the level", async () => {
    const created = await call(createRoute, {}, { body: { kind: "load", prompt: world.promptName, variants: ["v-slow"], variables: { country: "Peru" }, requests: 8, concurrencyLevels: [4, 1] } });
    expect(created.body.run).toMatchObject({ totalItems: 16, concurrencyLevels: [1, 4] });
    wire.resetPeak();
    const run = await finished(created.body.run.id);
    expect(run.progress.done).toBe(16);
    expect(wire.peakInFlight()).toBe(4);
    const { summary } = (await call(summaryRoute, { id: run.id })).body;
    expect(summary.levels.map((level: { concurrency: number; done: number }) => [level.concurrency, level.done])).toEqual([
      [1, 8],
      [4, 8],
    ]);
    // Level 1 ran strictly before level 4.
    const levelOneEnd = await db().runItem.aggregate({ where: { runId: run.id, concurrency: 1 }, _max: { finishedAt: true } });
    const levelFourStart = await db().runItem.aggregate({ where: { runId: run.id, concurrency: 4 }, _min: { startedAt: true } });
    expect(levelFourStart._min.startedAt!.getTime()).toBeGreaterThanOrEqual(levelOneEnd._max.finishedAt!.getTime());
  });

  it("cancels: no new calls, finished answers kept, calls in flight saved as cancelled", async () => {
    const created = await call(createRoute, {}, { body: { kind: "load", prompt: world.promptName, variants: ["v-slow"], variables: { country: "Chile" }, requests: 40, concurrency: 2 } });
    const id = created.body.run.id;
    await expect.poll(async () => (await call(runRoute, { id })).body.run.progress.done, { timeout: 30_000, interval: 100 }).toBeGreaterThanOrEqual(2);
    const cancelled = await call(cancelRoute, { id }, { body: {} });
    expect(cancelled.body.run.status).toBe("cancelled");
    const run = await finished(id);
    await expect.poll(async () => (await call(runRoute, { id })).body.run.progress.running, { timeout: 10_000 }).toBe(0);
    const { progress } = (await call(runRoute, { id })).body.run;
    expect(progress.done).toBeGreaterThanOrEqual(2);
    expect(progress.done + progress.cancelled + progress.error).toBe(40);
    expect(progress.cancelled).toBeGreaterThan(30);
    const requestsAtCancel = wire.requests.length;
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(wire.requests.length).toBe(requestsAtCancel);
    expect((await call(cancelRoute, { id: run.id }, { body: {} })).status).toBe(409);
  });

  it("stops at the budget and says so", async () => {
    // Each priced answer costs about $0.2 (100k tokens in at $1/M, 50k out at $2/M).
    // The estimate cannot foresee this model's huge answers, so the run is created under a roomy
    // budget that is then cut — with no worker running, or one could start it first.
    await worker.stop();
    const created = await call(createRoute, {}, { body: { kind: "load", prompt: world.promptName, variants: ["v-priced"], variables: { country: "Oman" }, requests: 20, concurrency: 1, budgetUsd: 100 } });
    await db().run.update({ where: { id: created.body.run.id }, data: { budgetUsd: 0.5 } });
    worker = await startWorker(process.env.DATABASE_URL!);
    const run = await finished(created.body.run.id);
    expect(run.status).toBe("cancelled");
    expect(run.error).toMatch(/^Stopped at the budget: spent \$0\.\d+ of \$0\.5\.$/);
    expect(run.progress.done).toBeLessThanOrEqual(3);
    expect(run.progress.cancelled).toBe(20 - run.progress.done);
  });

  it("lists runs found by words, status and kind, each with what its calls cost", async () => {
    const all = (await call(listRoute)).body.runs as Array<{ id: string; kind: string; status: string; variants: { name: string }[]; progress: { spentUsd: string } }>;
    expect(all.length).toBeGreaterThanOrEqual(5);
    // What each run spent is the sum of its saved calls' cost, as the database adds it up.
    const sums = await db().$queryRaw<Array<{ runId: string; spent: string }>>`
      SELECT i."runId" AS "runId", coalesce(sum(c."costUsd"), 0)::text AS spent FROM "RunItem" i LEFT JOIN "Completion" c ON c.id = i."completionId" GROUP BY 1`;
    for (const run of all) expect(Number(run.progress.spentUsd), run.id).toBeCloseTo(Number(sums.find((row) => row.runId === run.id)?.spent ?? 0), 8);
    const budgeted = all.find((run) => run.variants.some((variant) => variant.name === "v-priced"))!;
    expect(Number(budgeted.progress.spentUsd)).toBeGreaterThan(0.1);

    const priced = (await call(listRoute, {}, { search: "?q=PRICED" })).body.runs as typeof all;
    expect(priced.map((run) => run.id)).toEqual([budgeted.id]);
    const loads = (await call(listRoute, {}, { search: "?kind=load&status=cancelled" })).body.runs as typeof all;
    expect(loads.length).toBeGreaterThan(0);
    expect(loads.every((run) => run.kind === "load" && run.status === "cancelled")).toBe(true);
    expect((await call(listRoute, {}, { search: "?q=no-such-run-anywhere" })).body.runs).toEqual([]);
    const bad = await call(listRoute, {}, { search: "?status=sleeping" });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain("status");
  });
});
