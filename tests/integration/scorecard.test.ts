// The scorecard and the frontiers through the API routes, on the small fixed matrix of
// tests/helpers/scorecard-matrix.ts, every figure worked out by hand next to its expectation:
//
//            c0 (clean)   c1 (clean)   c2 (clean)   c3 noisy:typo  c4 noisy:case   c5
// alpha      pass         pass         pass         pass           error           cancelled
//   total    100          200          300          400            —
//   ttft     50           60           70           80             —
//   in/out   100/10       100/20       100/30       200/40         —
//   cost     0.001        0.001        0.001        0.002          0
// beta       pass         pass         FAIL         pass           pass
//   total    500          600          700          800            900
//   ttft     100          100          100          100            200
//   in/out   100/50 each, cost 0.0005 each
// gamma      FAIL on every case; total 100, ttft 20, in/out 100/5, cost 0.0002 each
//
// alpha's model has a 1,000-token context window; beta's and gamma's model 2,000.
import { beforeAll, describe, expect, it } from "vitest";
import * as datasetScorecardRoute from "../../app/api/v1/datasets/[id]/scorecard/route";
import * as datasetScorecardExport from "../../app/api/v1/datasets/[id]/scorecard/export/route";
import * as weightsRoute from "../../app/api/v1/datasets/[id]/scorecard-weights/route";
import { db } from "../../lib/db/client";
import type { DatasetScorecard } from "../../lib/decide/scorecard-across-runs";
import * as scorecardRoute from "../../app/api/v1/runs/[id]/scorecard/route";
import * as scorecardExport from "../../app/api/v1/runs/[id]/scorecard/export/route";
import type { RunScorecard } from "../../lib/decide/scorecard";
import { createScorecardMatrix } from "../helpers/scorecard-matrix";
import { getVariant } from "../../lib/variants/service";

let editorToken = "";
let reviewerToken = "";
let runId = "";
let loadRunId = "";
let datasetId = "";

beforeAll(async () => {
  ({ editorToken, reviewerToken, runId, loadRunId, datasetId } = await createScorecardMatrix());
});

const call = (route: { GET: (request: Request, args: { params: Promise<Record<string, string>> }) => Promise<Response> }, path: string, id: string, token = reviewerToken, init: RequestInit = {}) =>
  route.GET(new Request(`http://localhost${path}`, { ...init, headers: { authorization: `Bearer ${token}`, ...init.headers } }), { params: Promise.resolve({ id }) });

async function scorecard(search = ""): Promise<RunScorecard> {
  const response = await call(scorecardRoute, `/api/v1/runs/${runId}/scorecard${search}`, runId);
  expect(response.status).toBe(200);
  return ((await response.json()) as { scorecard: RunScorecard }).scorecard;
}

const row = (card: RunScorecard, name: string) => card.rows.find((entry) => entry.name === name)!;

describe("a run's scorecard", () => {
  it("computes every figure as worked out by hand, with Wilson intervals for rates", async () => {
    const card = await scorecard();
    // c5 was cancelled: only c0–c4 count.
    expect(card).toMatchObject({ cases: 5, resamples: 1000, seed: 1, weightsFrom: "defaults", dataset: { id: datasetId, name: "fixed" } });
    const alpha = row(card, "alpha").figures;
    expect(alpha.pass_rate).toMatchObject({ estimate: 0.8, n: 5 }); // 4 of 5
    // Wilson 95 % for 4 of 5, z² = 3.8415: centre (0.8 + 3.8415/10) ÷ (1 + 3.8415/5) = 0.66966,
    // half-width 1.96 × √(0.16/5 + 3.8415/100) ÷ 1.76830 = 0.29413 → 0.3755 to 0.9638.
    expect(alpha.pass_rate.ci95![0]).toBeCloseTo(0.3755, 4);
    expect(alpha.pass_rate.ci95![1]).toBeCloseTo(0.9638, 4);
    // percentile_cont(0.95) of 100, 200, 300, 400: rank 2.85 → 300 + 0.85 × 100 = 385.
    expect(alpha.total_ms_p95).toMatchObject({ estimate: 385, n: 4 });
    expect(alpha.ttft_ms_p95.estimate).toBeCloseTo(78.5, 9); // 70 + 0.85 × 10
    // (0.001 × 3 + 0.002) ÷ (110 + 120 + 130 + 240 tokens) × 1000 = 0.005 ÷ 600 × 1000.
    expect(alpha.cost_per_1k_tokens_usd.estimate).toBeCloseTo(0.005 / 0.6, 12);
    expect(alpha.cost_per_useful_answer_usd.estimate).toBeCloseTo(0.00125, 12); // 0.005 ÷ 4
    expect(alpha.noisy_error_rate).toMatchObject({ estimate: 0.5, n: 2 }); // c4 failed, c3 did not
    expect(alpha.context_use.estimate).toBeCloseTo(0.125, 12); // mean of 0.1, 0.1, 0.1, 0.2
    expect(alpha.output_tokens.estimate).toBe(25); // mean of 10, 20, 30, 40
    const beta = row(card, "beta").figures;
    expect(beta.pass_rate.estimate).toBe(0.8);
    expect(beta.total_ms_p95.estimate).toBeCloseTo(880, 9); // rank 3.8 of 500…900 → 800 + 0.8 × 100
    expect(beta.ttft_ms_p95.estimate).toBeCloseTo(180, 9); // 100 + 0.8 × 100
    expect(beta.cost_per_1k_tokens_usd.estimate).toBeCloseTo(0.0025 / 0.75, 12); // 0.0025 ÷ 750 × 1000
    expect(beta.cost_per_useful_answer_usd.estimate).toBeCloseTo(0.000625, 12); // 0.0025 ÷ 4
    expect(beta.noisy_error_rate.estimate).toBe(0);
    expect(beta.context_use.estimate).toBeCloseTo(0.05, 12); // 100 ÷ 2000
    expect(beta.output_tokens.estimate).toBe(50);
    const gamma = row(card, "gamma").figures;
    expect(gamma.pass_rate.estimate).toBe(0);
    expect(gamma.cost_per_useful_answer_usd).toEqual({ estimate: null, ci95: null, n: 5, note: "no answer passed" });
    // Bootstrap intervals hold their estimate.
    for (const figure of card.rows.flatMap((entry) => Object.values(entry.figures))) {
      if (figure.estimate === null || !figure.ci95) continue;
      expect(figure.ci95[0] - 1e-12).toBeLessThanOrEqual(figure.estimate);
      expect(figure.ci95[1] + 1e-12).toBeGreaterThanOrEqual(figure.estimate);
    }
  });

  it("scores with the default weights and ranks, marking neighbours it cannot separate", async () => {
    const card = await scorecard();
    // Weights: pass rate 3, p95 total 1, cost per useful answer 1, noisy error rate 1 (Σ 6).
    // Best p95 = 100 (gamma), best cost per useful answer = 0.000625 (beta).
    // beta:  (3 × 0.8 + 100/880 + 1 + (1 − 0)) ÷ 6 = 4.513636… ÷ 6 = 0.752273
    // alpha: (3 × 0.8 + 100/385 + 0.000625/0.00125 + (1 − 0.5)) ÷ 6 = 3.659740… ÷ 6 = 0.609957
    // gamma: (0 + 1 + 0 [nothing passed] + 1) ÷ 6 = 0.333333
    expect(card.rows.map((entry) => entry.name)).toEqual(["beta", "alpha", "gamma"]);
    expect(card.rows[0]!.score).toBeCloseTo((2.4 + 100 / 880 + 2) / 6, 12);
    expect(card.rows[1]!.score).toBeCloseTo((2.4 + 100 / 385 + 0.5 + 0.5) / 6, 12);
    expect(card.rows[2]!.score).toBeCloseTo(2 / 6, 12);
    expect(card.metrics.filter((info) => info.counted).map((info) => info.metric)).toEqual(["pass_rate", "total_ms_p95", "cost_per_useful_answer_usd", "noisy_error_rate"]);
    for (const [index, entry] of card.rows.entries()) {
      if (index === card.rows.length - 1) {
        expect(entry.next).toBeNull();
        continue;
      }
      const next = entry.next!;
      expect(next.name).toBe(card.rows[index + 1]!.name);
      expect(next.difference).toBeCloseTo(entry.score! - card.rows[index + 1]!.score!, 12);
      expect(next.separable).toBe(next.ci95![0] > 0);
      // A separable neighbour starts the next tier; one that is not shares it.
      expect(card.rows[index + 1]!.tier).toBe(entry.tier + (next.separable ? 1 : 0));
      expect(next.sentence).toMatch(next.separable ? /is ahead of .* \(95 % CI .*paired bootstrap over 5 cases\)\.$/ : /cannot be separated: .* includes 0/);
    }
    // Five cases: beta's 0.14 lead over alpha is within resampling noise (alpha failing c4 and
    // beta failing c2 swap places from resample to resample).
    expect(card.rows[0]!.next!.separable).toBe(false);
    expect(card.rows[1]!.tier).toBe(1);
    // The same seed gives the same intervals.
    expect((await scorecard()).rows[0]!.next!.ci95).toEqual(card.rows[0]!.next!.ci95);
  });

  it("draws the two frontiers with the Pareto-optimal variants marked", async () => {
    const [cost, latency] = (await scorecard()).frontiers;
    // Cost: beta (0.000625, 80 %) is cheaper than alpha (0.00125) at the same pass rate; gamma has
    // no cost per useful answer.
    expect(cost!.points.map((point) => [point.name, point.onFrontier])).toEqual([["alpha", false], ["beta", true]]);
    expect(cost!.leftOut).toEqual(["gamma: no answer passed, so no cost per useful answer"]);
    // Latency: alpha (385 ms, 80 %) beats beta (880 ms, 80 %); gamma (100 ms, 0 %) is fastest.
    expect(latency!.points.map((point) => [point.name, point.onFrontier])).toEqual([["alpha", true], ["beta", false], ["gamma", true]]);
    expect(latency!.frontier).toEqual([{ x: 100, y: 0 }, { x: 385, y: 0.8 }]);
    const alpha = latency!.points.find((point) => point.name === "alpha")!;
    expect(alpha.yError[0]).toBeCloseTo(0.8 - 0.3755, 4);
    expect(alpha.yError[1]).toBeCloseTo(0.9638 - 0.8, 4);
  });

  it("exports CSV and Markdown by ?format= or Accept, from its own route", async () => {
    const csv = await call(scorecardExport, `/api/v1/runs/${runId}/scorecard/export?format=csv`, runId);
    expect(csv.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(csv.headers.get("content-disposition")).toBe('attachment; filename="fixed-matrix-scorecard.csv"');
    const lines = (await csv.text()).trim().split("\r\n");
    expect(lines).toHaveLength(4);
    expect(lines[0]!.startsWith("rank,tier,variant,score,score_ci_low,score_ci_high,separable_from_next,pass_rate,pass_rate_ci_low,pass_rate_ci_high,pass_rate_n,total_ms_p95,")).toBe(true);
    const gamma = lines[3]!.split(",");
    expect(gamma.slice(0, 3)).toEqual(["3", "2", "gamma"]);
    expect(gamma[3]).toBe("0.333333");
    const markdown = await call(scorecardExport, `/api/v1/runs/${runId}/scorecard/export`, runId, reviewerToken, { headers: { accept: "text/markdown" } });
    expect(markdown.headers.get("content-type")).toBe("text/markdown; charset=utf-8");
    const text = await markdown.text();
    expect(text).toContain("# Scorecard: fixed matrix");
    expect(text).toContain("| 1 | 1 | beta | 0.75 (");
    expect(text).toContain("| 80 % (38 %–96 %, n = 5) |");
    expect(text).toContain("— (no answer passed)");
    expect(text).toContain("- Against cost per useful answer: beta");
    expect(text).toContain("- Against p95 total latency: alpha, gamma");
    // The JSON route answers JSON only, and says where the files are.
    const asked = await call(scorecardRoute, `/api/v1/runs/${runId}/scorecard?format=csv`, runId);
    expect(asked.status).toBe(400);
    expect(((await asked.json()) as { errors: Array<{ path: string; message: string }> }).errors[0]).toEqual({ path: "format", message: expect.stringContaining("/scorecard/export") });
  });

  it("previews weights from the query, and answers bad input with a problem naming the field", async () => {
    // Only p95 total: gamma 100/100 = 1, alpha 100/385, beta 100/880.
    const card = await scorecard("?weights=total_ms_p95:1,pass_rate:0,cost_per_useful_answer_usd:0,noisy_error_rate:0");
    expect(card.weightsFrom).toBe("request");
    expect(card.rows.map((entry) => [entry.name, entry.score])).toEqual([["gamma", 1], ["alpha", 100 / 385], ["beta", 100 / 880]]);
    for (const search of ["?weights=pass_rate:11", "?weights=latency:1", "?weights=pass_rate", "?format=pdf"]) {
      const response = await call(scorecardRoute, `/api/v1/runs/${runId}/scorecard${search}`, runId);
      expect(response.status).toBe(400);
      const problem = (await response.json()) as { detail: string; errors: Array<{ path: string }> };
      expect(problem.errors[0]!.path).toBe(search.includes("format") ? "format" : "weights");
    }
    expect((await call(scorecardRoute, `/api/v1/runs/${loadRunId}/scorecard`, loadRunId)).status).toBe(400);
    const unknown = "00000000-0000-7000-8000-000000000000";
    expect((await call(scorecardRoute, `/api/v1/runs/${unknown}/scorecard`, unknown)).status).toBe(404);
  });
});

describe("weights saved per dataset", () => {
  const put = (token: string, body: unknown) =>
    weightsRoute.PUT(new Request(`http://localhost/api/v1/datasets/${datasetId}/scorecard-weights`, { method: "PUT", body: JSON.stringify(body), headers: { authorization: `Bearer ${token}`, "content-type": "application/json" } }), { params: Promise.resolve({ id: datasetId }) });

  it("lets an editor save them, not a reviewer, and every scorecard of the dataset uses them", async () => {
    const before = await call(weightsRoute, `/api/v1/datasets/${datasetId}/scorecard-weights`, datasetId);
    expect(await before.json()).toMatchObject({ weights: { saved: false, weights: { pass_rate: 3 } } });
    expect((await put(reviewerToken, { pass_rate: 1 })).status).toBe(403);
    const bad = await put(editorToken, { pass_rate: -1 });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { errors: Array<{ path: string }> }).errors[0]!.path).toBe("pass_rate");
    expect((await put(editorToken, { pass_rate: 0, total_ms_p95: 0, cost_per_useful_answer_usd: 0, noisy_error_rate: 0 })).status).toBe(400);
    // Output length alone (lower is better): gamma 5 tokens → 1, alpha 5/25 = 0.2, beta 5/50 = 0.1.
    const saved = await put(editorToken, { pass_rate: 0, total_ms_p95: 0, cost_per_useful_answer_usd: 0, noisy_error_rate: 0, output_tokens: 2 });
    expect(saved.status).toBe(200);
    expect(await saved.json()).toMatchObject({ weights: { saved: true, weights: { output_tokens: 2, pass_rate: 0, ttft_ms_p95: 0 } } });
    const card = await scorecard();
    expect(card.weightsFrom).toBe("dataset");
    expect(card.rows.map((entry) => entry.name)).toEqual(["gamma", "alpha", "beta"]);
    expect(card.rows.map((entry) => entry.score)).toEqual([1, 0.2, 0.1]);
  });
});

describe("one scorecard across runs of a dataset", () => {
  it("takes each variant from the latest run that had it, or from the runs named", async () => {
    // A later run of alpha alone that passes every case (total 50 ms, $0.001 a call).
    const first = await db().runItem.findMany({ where: { runId, variant: { name: "alpha" }, status: { in: ["done", "error"] } }, orderBy: { sequence: "asc" } });
    const alphaId = first[0]!.variantId;
    const run = await db().run.findUniqueOrThrow({ where: { id: runId }, select: { createdById: true } });
    const later = await db().run.create({ data: { kind: "replay", name: "alpha again", status: "done", datasetId, createdById: run.createdById, createdAt: new Date(Date.now() + 60_000), variants: { create: [{ variantId: alphaId, position: 0, revisionId: (await getVariant(alphaId)).revision.id }] } } });
    for (const [sequence, item] of first.entries()) {
      const completion = await db().completion.create({ data: { variantId: alphaId, request: {}, status: "done", totalMs: 50, ttftMs: 5, inputTokens: 100, outputTokens: 10, costUsd: "0.001" } });
      await db().runItem.create({ data: { runId: later.id, caseKey: item.caseKey, testCaseId: item.testCaseId, variantId: alphaId, repetition: 0, sequence, status: "done", completionId: completion.id, passed: true } });
    }
    const get = async (search = "") => {
      const response = await call(datasetScorecardRoute, `/api/v1/datasets/${datasetId}/scorecard${search}`, datasetId);
      return { status: response.status, body: (await response.json()) as { scorecard: DatasetScorecard; errors?: Array<{ path: string }> } };
    };
    const latest = (await get()).body.scorecard;
    expect(latest.sources.map((source) => [source.variantName, source.runName])).toEqual([["alpha", "alpha again"], ["beta", "fixed matrix"], ["gamma", "fixed matrix"]]);
    const alpha = latest.rows.find((entry) => entry.name === "alpha")!.figures;
    expect(alpha.pass_rate).toMatchObject({ estimate: 1, n: 5 }); // 5 of 5 in the later run
    expect(alpha.total_ms_p95.estimate).toBe(50);
    expect(alpha.cost_per_useful_answer_usd.estimate).toBeCloseTo(0.001, 12); // 0.005 ÷ 5
    expect(latest.cases).toBe(5);
    expect(latest.notes.at(-1)).toMatch(/^The variants come from different runs/);
    // Naming the first run alone gives its figures again: alpha passes 4 of 5 there.
    const named = (await get(`?runs=${runId}`)).body.scorecard;
    expect(named.sources.every((source) => source.runId === runId)).toBe(true);
    expect(named.rows.find((entry) => entry.name === "alpha")!.figures.pass_rate.estimate).toBe(0.8);
    // A load run is not a replay of this dataset; "nope" is not an id.
    for (const search of [`?runs=${loadRunId}`, "?runs=nope", "?runs="]) {
      const answer = await get(search);
      expect(answer.status).toBe(400);
      expect(answer.body.errors![0]!.path).toMatch(/^runs/);
    }
    const csv = await call(datasetScorecardExport, `/api/v1/datasets/${datasetId}/scorecard/export?format=csv`, datasetId);
    expect(csv.headers.get("content-disposition")).toMatch(/attachment; filename=".+-scorecard\.csv"/);
    expect((await csv.text()).trim().split("\r\n")).toHaveLength(4);
    const markdown = await call(datasetScorecardExport, `/api/v1/datasets/${datasetId}/scorecard/export?format=md&runs=${runId}`, datasetId);
    expect(markdown.headers.get("content-type")).toBe("text/markdown; charset=utf-8");
    expect(await markdown.text()).toMatch(/^\| /m);
    // The JSON route answers JSON only: the files are the export's.
    expect((await call(datasetScorecardRoute, `/api/v1/datasets/${datasetId}/scorecard?format=csv`, datasetId)).status).toBe(400);
  });
});
