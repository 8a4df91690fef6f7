// Paired comparisons of a run's variants and against another run, through the API route, on
// answers whose differences are known: an echoing model passes every check, a fixed answer none;
// a slow copy of the echo adds 150 ms to every call and changes nothing else.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as comparisonsRoute } from "../../app/api/v1/runs/[id]/comparisons/route";
import type { RunComparisons } from "../../lib/evidence/run-comparisons";
import { createRun } from "../../lib/runs/create-run";
import { executeRun } from "../../lib/runs/execute-run";
import { startWireServer, type WireServer } from "../fixtures/wire-server";
import { createRunWorld, type RunWorld } from "../helpers/run-fixtures";
import { closeJobSender } from "../../lib/jobs/sender";

let wire: WireServer;
let world: RunWorld;
const CASES = 10;

beforeAll(async () => {
  wire = await startWireServer();
  world = await createRunWorld(wire, ["echo", "echo2", "slow", "fixed"], CASES);
  wire.behave("echo", { echo: true });
  wire.behave("echo2", { echo: true });
  wire.behave("slow", { echo: true, ttftMs: 150 });
  wire.behave("fixed", { chunks: ["Nothing", " useful."] });
});
afterAll(async () => {
  await closeJobSender();
  await wire.close();
});

async function comparisons(runId: string, against?: string): Promise<RunComparisons> {
  const response = await comparisonsRoute(new Request(`http://localhost/api/v1/runs/${runId}/comparisons${against ? `?against=${against}` : ""}`, { headers: { authorization: `Bearer ${world.token}` } }), { params: Promise.resolve({ id: runId }) });
  expect(response.status).toBe(200);
  return response.json();
}

async function replay(variants: string[], baselineRunId?: string) {
  const { id } = await createRun({ kind: "replay", prompt: world.promptName, dataset: world.datasetName, variants, concurrency: 4, baselineRunId }, world.userId);
  expect(await executeRun(id, { pollMs: 50 })).toBe("finished");
  return id;
}

const find = (result: RunComparisons, metric: string, aName: string, bName: string) => result.comparisons.find((comparison) => comparison.metric === metric && comparison.aName === aName && comparison.bName === bName)!;

describe("paired comparisons of a run's variants", () => {
  it("calls a pass-rate difference significant with the exact McNemar p-value, and equal variants no different", async () => {
    const runId = await replay(["v-echo", "v-echo2", "v-fixed"]);
    const result = await comparisons(runId);
    const gap = find(result, "pass_rate", "v-echo", "v-fixed");
    // 10 discordant cases, all one way: two-sided exact p = 2 × 0.5^10 = 0.001953125; Holm over
    // the three pairs multiplies the smallest two by 3 and 2.
    expect(gap).toMatchObject({ n: CASES, aValue: 1, bValue: 0, difference: -1, pValue: 0.001953125, significant: true, small: true });
    expect(gap.pAdjusted).toBeCloseTo(3 * 0.001953125, 12);
    expect(gap.ci95![1]).toBeLessThan(0);
    expect(gap.sentence).toMatch(/^v-fixed passes 100\.0 points less often than v-echo \(95 % CI .*, p = 0\.006 after Holm, 10 paired cases — a small sample\)\.$/);
    const same = find(result, "pass_rate", "v-echo", "v-echo2");
    expect(same).toMatchObject({ n: CASES, difference: 0, pValue: 1, significant: false });
    expect(same.ci95![0]).toBeLessThan(0);
    expect(same.ci95![1]).toBeGreaterThan(0);
    expect(same.sentence).toContain("No detectable difference in pass rate between v-echo and v-echo2");
    // The planner: no discordant case, so ψ is taken as 0.05 → 155 cases for 5 points (planner.test.ts),
    // over ten times the 10 here. A difference that was found gets no plan.
    expect(same.plan).toMatchObject({ have: CASES, effectivelyTied: true });
    expect(same.plan!.sentence).toBe("Effectively tied: detecting a 5-point difference would take more than ten times the 10 paired cases here.");
    expect(gap.plan).toBeNull();
    for (const comparison of result.comparisons) expect(comparison.kind).toBe("variants");
  });

  it("finds added latency with a paired bootstrap interval, and the same answers cost the same", async () => {
    const runId = await replay(["v-echo", "v-slow"]);
    const result = await comparisons(runId);
    const latency = find(result, "ttft_ms_p50", "v-echo", "v-slow");
    expect(latency.n).toBe(CASES);
    expect(latency.difference!).toBeGreaterThan(120);
    expect(latency.ci95![0]).toBeGreaterThan(100);
    expect(latency.significant).toBe(true);
    expect(latency.sentence).toMatch(/^v-slow's median time to first token is \d+ ms higher than v-echo's/);
    const cost = find(result, "cost_per_answer_usd", "v-echo", "v-slow");
    expect(cost).toMatchObject({ difference: 0, significant: false });
    expect(find(result, "pass_rate", "v-echo", "v-slow")).toMatchObject({ difference: 0, significant: false });
  });
});

describe("comparing two runs", () => {
  it("pairs each variant's cases across the runs: a rerun with the same answers shows no difference", async () => {
    const first = await replay(["v-echo"]);
    const second = await replay(["v-echo"], first);
    const result = await comparisons(second);
    expect(result.against).toMatchObject({ id: first });
    const passRate = result.comparisons.find((comparison) => comparison.metric === "pass_rate")!;
    expect(passRate).toMatchObject({ kind: "runs", a: first, b: second, n: CASES, difference: 0, significant: false });
    // Any other run can be named instead of the baseline.
    const other = await replay(["v-echo", "v-fixed"]);
    const versusOther = await comparisons(other, first);
    expect(versusOther.against).toMatchObject({ id: first });
    expect(versusOther.comparisons.every((comparison) => comparison.kind === "runs" && comparison.variantId === world.variants.echo)).toBe(true);
  });
});
