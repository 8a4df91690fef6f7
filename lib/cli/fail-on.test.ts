import { describe, expect, it } from "vitest";
import type { NamedComparison } from "../evidence/run-comparisons";
import type { RunSummary, VariantStats } from "../runs/summary";
import { parseFailOn, trippedConditions } from "./fail-on";
import { progressLine } from "./run-report";

const stats = (overrides: Partial<VariantStats>): VariantStats => ({
  variantId: "a",
  concurrency: null,
  items: 10,
  finished: 10,
  done: 10,
  errors: 0,
  passed: 10,
  attempts: 10,
  passRate: 1,
  errorRate: 0,
  passRateCi95: [0.7225, 1],
  errorRateCi95: [0, 0.2775],
  ttft: { p50: 100, p95: 200, p99: 250 },
  total: { p50: 800, p95: 1200, p99: 1500 },
  inputTokens: 0,
  outputTokens: 0,
  costUsd: "0.50000000",
  costPerUsefulAnswerUsd: "0.05000000",
  throughputPerSecond: 2,
  ...overrides,
});
const summary = (variants: VariantStats[]): RunSummary => ({ variants, levels: [], errorKinds: [], histogram: { edges: [], counts: [] }, baseline: null });
const run = { status: "done" as const, error: null, variants: [{ id: "a", name: "alpha", revision: 1, model: "", provider: "", simulated: false }, { id: "b", name: "beta", revision: 1, model: "", provider: "", simulated: false }] };

describe("--fail-on", () => {
  it("parses the conditions and refuses anything else", () => {
    expect(parseFailOn("assertions")).toEqual({ kind: "assertions" });
    expect(parseFailOn("p95 > 1500")).toEqual({ kind: "p95", maxMs: 1500 });
    expect(parseFailOn("cost>0.25")).toEqual({ kind: "cost", maxUsd: 0.25 });
    expect(parseFailOn("errors>0.05")).toEqual({ kind: "errors", maxRate: 0.05 });
    expect(() => parseFailOn("errors>5")).toThrow("rate from 0 to 1");
    expect(() => parseFailOn("p99>3")).toThrow('"p99>3" is not a --fail-on condition');
  });

  it("trips per variant on assertions, p95 and errors, and on total cost", () => {
    const figures = summary([stats({}), stats({ variantId: "b", passed: 7, errors: 2, errorRate: 0.2, total: { p50: 900, p95: 2100, p99: 3000 }, costUsd: "0.70000000" })]);
    expect(trippedConditions(run, figures, [])).toEqual([]);
    expect(trippedConditions(run, figures, [parseFailOn("assertions")])).toEqual(["beta: 3 of 10 answers failed their assertions or errored."]);
    expect(trippedConditions(run, figures, [parseFailOn("p95>2000")])).toEqual(["beta: p95 total 2100 ms > 2000 ms."]);
    expect(trippedConditions(run, figures, [parseFailOn("errors>0.1")])).toEqual(["beta: error rate 20.0% > 10.0%."]);
    expect(trippedConditions(run, figures, [parseFailOn("cost>1")])).toEqual(["Total cost $1.2000 > $1."]);
    expect(trippedConditions(run, figures, [parseFailOn("cost>2")])).toEqual([]);
  });

  it("always trips on a run that was cancelled or failed", () => {
    expect(trippedConditions({ ...run, status: "cancelled", error: "Stopped at the budget: spent $1 of $1." }, summary([stats({})]), [])).toEqual([
      "The run ended cancelled: Stopped at the budget: spent $1 of $1.",
    ]);
  });

  it("draws a progress bar with counts and ETA", () => {
    expect(progressLine({ total: 200, pending: 86, claimed: 4, running: 10, done: 95, error: 5, cancelled: 0, passed: 90, finished: 100, etaSeconds: 75, spentUsd: "0.0123" }, 10)).toBe(
      "[█████░░░░░] 100/200 50% · 5 errors · 10 calling · 4 queued · ETA 1m15s",
    );
  });
});

describe("--fail-on on evidence against the baseline", () => {
  const versusBaseline = (overrides: Partial<NamedComparison>): NamedComparison => ({
    metric: "pass_rate",
    a: "base",
    b: "this",
    n: 40,
    aValue: null,
    bValue: null,
    difference: null,
    ci95: null,
    pValue: null,
    pAdjusted: null,
    significant: false,
    small: false,
    aName: "alpha in base",
    bName: "alpha in this run",
    kind: "runs",
    variantId: "a",
    sentence: "",
    plan: null,
    ...overrides,
  });

  it("parses regression and p95-regression>PCT%", () => {
    expect(parseFailOn("regression")).toEqual({ kind: "regression" });
    expect(parseFailOn("p95-regression>10%")).toEqual({ kind: "p95-regression", maxIncrease: 0.1 });
    expect(() => parseFailOn("p95-regression>10")).toThrow(/not a --fail-on condition/);
  });

  it("trips on a pass-rate drop only when the one-sided exact McNemar test says so", () => {
    // 8 newly failing and 1 fixed: P(X ≥ 8 | n = 9, ½) = (9 + 1) / 512 = 0.01953125 < 0.05.
    const drop = versusBaseline({ difference: -7 / 40, counts: { both: 30, onlyA: 8, onlyB: 1, neither: 1 } });
    expect(trippedConditions(run, summary([stats({})]), [{ kind: "regression" }], [drop])).toEqual([
      "alpha in this run: pass rate -17.5 points against the baseline (8 cases newly failing, 1 fixed; one-sided exact McNemar p = 0.0195, 40 paired cases).",
    ]);
    // 5 against 2: P(X ≥ 5 | n = 7, ½) = 29 / 128 = 0.2266: a drop the data cannot tell from noise.
    const noise = versusBaseline({ difference: -3 / 40, counts: { both: 30, onlyA: 5, onlyB: 2, neither: 3 } });
    expect(trippedConditions(run, summary([stats({})]), [{ kind: "regression" }], [noise])).toEqual([]);
  });

  it("trips on p95 only when the whole interval of the ratio is above the limit", () => {
    const sure = versusBaseline({ metric: "total_ms_p95", ratio: { estimate: 1.3, ci95: [1.15, 1.45] } });
    const unsure = versusBaseline({ metric: "total_ms_p95", ratio: { estimate: 1.3, ci95: [1.05, 1.6] } });
    const conditions = [{ kind: "p95-regression" as const, maxIncrease: 0.1 }];
    expect(trippedConditions(run, summary([stats({})]), conditions, [sure])).toHaveLength(1);
    expect(trippedConditions(run, summary([stats({})]), conditions, [unsure])).toEqual([]);
  });
});
