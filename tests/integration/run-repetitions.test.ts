// The evidence a run gives beyond its pass rate, through the API routes on answers whose outcomes
// are known: every case twice, an echoing model that always passes and a "flaky" copy whose first
// three calls are refused (400, not retried) and whose fifth is a different answer that still
// passes. With concurrency 1 the calls go case by case, repetition by repetition, so the flaky
// variant fails case 0 twice and case 1 once, and answers case 2 in two different texts.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as comparisonsRoute } from "../../app/api/v1/runs/[id]/comparisons/route";
import { GET as repetitionsRoute } from "../../app/api/v1/runs/[id]/repetitions/route";
import { GET as summaryRoute } from "../../app/api/v1/runs/[id]/summary/route";
import { db } from "../../lib/db/client";
import type { RunComparisons } from "../../lib/evidence/run-comparisons";
import type { RunRepetitions } from "../../lib/evidence/run-repetitions";
import { createRun } from "../../lib/runs/create-run";
import { executeRun } from "../../lib/runs/execute-run";
import type { RunSummary } from "../../lib/runs/summary";
import { startWireServer, type WireServer } from "../fixtures/wire-server";
import { createRunWorld, type RunWorld } from "../helpers/run-fixtures";
import { closeJobSender } from "../../lib/jobs/sender";

let wire: WireServer;
let world: RunWorld;
const CASES = 6;
let runId = "";

/** A streamed OpenAI answer with this text. */
const streamed = (text: string) =>
  [
    { choices: [{ index: 0, delta: { role: "assistant", content: text }, finish_reason: null }] },
    { choices: [{ index: 0, delta: {}, finish_reason: "stop" }] },
  ]
    .map((chunk) => `data: ${JSON.stringify({ id: "chatcmpl-other", object: "chat.completion.chunk", created: 0, model: "flaky", ...chunk })}\n\n`)
    .join("")
    .concat("data: [DONE]\n\n");

beforeAll(async () => {
  wire = await startWireServer();
  world = await createRunWorld(wire, ["echo", "flaky"], CASES);
  wire.behave("echo", { echo: true });
  const refused = { type: "status" as const, status: 400, message: "Refused on purpose" };
  const answer = (text: string) => ({ type: "raw" as const, status: 200, contentType: "text/event-stream", body: streamed(text) });
  // Calls in order: case 0 twice, case 1 twice, case 2 … Case 1's second answer is the echo's own
  // text; case 2's first is other words that still name the country.
  wire.behave("flaky", { echo: true, faults: [refused, refused, refused, answer("Echo: Capital of Country1?"), answer("In other words: Country2")] });
  const created = await createRun({ kind: "replay", prompt: world.promptName, dataset: world.datasetName, variants: ["v-echo", "v-flaky"], repetitions: 2, concurrency: 1 }, world.userId);
  expect(await executeRun(created.id, { pollMs: 50 })).toBe("finished");
  runId = created.id;
});
afterAll(async () => {
  await closeJobSender();
  await wire.close();
});

async function get<T>(route: (request: Request, args: { params: Promise<{ id: string }> }) => Promise<Response>, id: string, path: string, search = ""): Promise<{ status: number; body: T }> {
  const response = await route(new Request(`http://localhost/api/v1/runs/${id}/${path}${search}`, { headers: { authorization: `Bearer ${world.token}` } }), { params: Promise.resolve({ id }) });
  return { status: response.status, body: (await response.json()) as T };
}

describe("repetitions", () => {
  it("gives pass@k, pass^k and flaky shares per variant with Wilson intervals over cases, flakiest cases first", async () => {
    const { status, body: wrapped } = await get<{ repetitions: RunRepetitions }>(repetitionsRoute, runId, "repetitions");
    const body = wrapped.repetitions;
    expect(status).toBe(200);
    expect(body).toMatchObject({ repetitions: 2, totalCases: 2 * CASES });
    const [echo, flaky] = body.variants;
    expect(echo).toMatchObject({ name: "v-echo", cases: CASES, incompleteCases: 0, passAtK: { count: 6, n: 6, rate: 1 }, passHatK: { count: 6 }, flaky: { count: 0 }, changingAnswers: { count: 0 } });
    // Flaky variant: case 0 fails twice, case 1 once, case 2 passes twice in two texts.
    // pass@2 = 5/6, Wilson: centre (5 + 1.9207) / 9.8415 = 0.70322, half 1.96 × √(5/6 + 0.9604) / 9.8415 = 0.26673.
    expect(flaky).toMatchObject({ name: "v-flaky", cases: CASES, passAtK: { count: 5, n: 6 }, passHatK: { count: 4, n: 6 }, flaky: { count: 1, n: 6 }, changingAnswers: { count: 1, n: 6 } });
    expect(flaky!.passAtK.ci95![0]).toBeCloseTo(0.4365, 4);
    expect(flaky!.passAtK.ci95![1]).toBeCloseTo(0.96995, 4);
    // pass^2 = 4/6: centre (4 + 1.9207) / 9.8415 = 0.60161, half 1.96 × √(4 × 2 / 6 + 0.9604) / 9.8415 = 0.30162.
    expect(flaky!.passHatK.ci95![0]).toBeCloseTo(0.29999, 4);

    const [first, second] = body.cases;
    expect(first).toMatchObject({ variantName: "v-flaky", position: 1, label: "Country1", k: 2, passes: 1, passAtK: true, passHatK: false, flaky: true, distinctAnswers: 1 });
    expect(second).toMatchObject({ variantName: "v-flaky", position: 2, label: "Country2", k: 2, passes: 2, flaky: false, distinctAnswers: 2 });
    expect(second!.totalMs!.min).toBeLessThanOrEqual(second!.totalMs!.max);
    expect(second!.outputTokens!.min).toBeGreaterThan(0);
    const never = body.cases.find((entry) => entry.variantName === "v-flaky" && entry.position === 0)!;
    expect(never).toMatchObject({ passes: 0, passAtK: false, distinctAnswers: 0, totalMs: null });

    const limited = (await get<{ repetitions: RunRepetitions }>(repetitionsRoute, runId, "repetitions", "?limit=1")).body.repetitions;
    expect(limited.cases).toHaveLength(1);
    expect(limited.totalCases).toBe(2 * CASES);
  });

  it("has nothing to say about a run without repetitions, and refuses a bad limit naming it", async () => {
    const single = await createRun({ kind: "replay", prompt: world.promptName, dataset: world.datasetName, variants: ["v-echo"] }, world.userId);
    expect(await executeRun(single.id, { pollMs: 50 })).toBe("finished");
    expect((await get<{ repetitions: RunRepetitions }>(repetitionsRoute, single.id, "repetitions")).body.repetitions).toMatchObject({ repetitions: 1, variants: [], cases: [], totalCases: 0 });
    const bad = await get<{ detail: string }>(repetitionsRoute, runId, "repetitions", "?limit=0");
    expect(bad.status).toBe(400);
    expect(bad.body.detail).toContain("limit");
    expect((await get(repetitionsRoute, "01a206e6-fdeb-7699-84c1-1ca722d058fc", "repetitions")).status).toBe(404);
  });
});

describe("the planner on a comparison that found nothing", () => {
  it("says 5 points are out of reach but the observed difference is not", async () => {
    const { body } = await get<RunComparisons>(comparisonsRoute, runId, "comparisons");
    const passRate = body.comparisons.find((comparison) => comparison.metric === "pass_rate")!;
    // 12 paired units, 3 only the echo passed: McNemar p = 2 × 1/8 = 0.25, not significant.
    expect(passRate).toMatchObject({ n: 12, difference: -0.25, significant: false });
    expect(passRate.pValue).toBeCloseTo(0.25, 12);
    // ψ = 0.25. 5 points: (1.959964 × 0.5 + 0.841621 × √0.2475)² / 0.0025 = 1.398683² / 0.0025 = 782.5 → 783 > 120.
    // The observed 25 points: (0.979982 + 0.841621 × √0.1875)² / 0.0625 = 1.344415² / 0.0625 = 28.9 → 29.
    expect(passRate.plan).toMatchObject({ have: 12, effectivelyTied: false, targets: [{ difference: 0.05, needed: null, effectivelyTied: true }, { difference: 0.25, source: "observed", needed: 29 }] });
    expect(passRate.plan!.sentence).toBe("Effectively tied at 5 points (more than ten times the 12 paired cases here), but about 29 paired cases would detect the observed 25-point difference (80 % power).");
  });
});

describe("the run summary's intervals", () => {
  it("gives each pass and error rate its Wilson interval, and recomputes a snapshot stored before they existed", async () => {
    const read = async () => (await get<{ summary: RunSummary }>(summaryRoute, runId, "summary")).body.summary;
    const byName = (summary: RunSummary, variant: string) => summary.variants.find((stats) => stats.variantId === world.variants[variant])!;
    const summary = await read();
    // Echo: 12 of 12 → [12 / (12 + 1.96²), 1] = [0.75751, 1]; errors 0 of 12 → [0, 0.24249].
    expect(byName(summary, "echo").passRateCi95![0]).toBeCloseTo(0.75751, 4);
    expect(byName(summary, "echo").passRateCi95![1]).toBe(1);
    expect(byName(summary, "echo").errorRateCi95![1]).toBeCloseTo(0.24249, 4);
    // Flaky: 9 of 12 pass: centre (9 + 1.9207) / 15.8415 = 0.68937, half 1.96 × √(9 × 3 / 12 + 0.9604) / 15.8415 = 0.22168.
    expect(byName(summary, "flaky")).toMatchObject({ passed: 9, errors: 3, finished: 12 });
    expect(byName(summary, "flaky").passRateCi95![0]).toBeCloseTo(0.46769, 4);
    expect(byName(summary, "flaky").passRateCi95![1]).toBeCloseTo(0.91106, 4);
    // 3 of 12 errors: the mirror image, 0.08894 to 0.53231.
    expect(byName(summary, "flaky").errorRateCi95![0]).toBeCloseTo(0.08894, 4);

    // A snapshot written by the previous version has no intervals: it is computed afresh.
    const { passRateCi95: _pass, errorRateCi95: _error, ...old } = byName(summary, "echo");
    await db().run.update({ where: { id: runId }, data: { summary: JSON.parse(JSON.stringify({ version: 2, summary: { ...summary, variants: [old] } })) as object } });
    const again = await read();
    expect(again.variants).toHaveLength(2);
    expect(byName(again, "echo").passRateCi95![0]).toBeCloseTo(0.75751, 4);
  });
});
