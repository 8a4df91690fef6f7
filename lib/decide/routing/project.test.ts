import { describe, expect, it } from "vitest";
import { figuresOf } from "./figures";
import { policyDefinitionSchema, type PolicyInput } from "./policy";
import { projectPolicy, type CallOutcome, type MatrixCase } from "./project";

const done = (passed: boolean, costUsd: number, totalMs: number, judgeScore: number | null = null): CallOutcome => ({ status: "done", passed, costUsd, totalMs, judgeScore });
const error = (totalMs: number): CallOutcome => ({ status: "error", passed: false, costUsd: 0, totalMs, judgeScore: null });

// Four cases answered by three variants. cheap fails k1 and k3; flaky errors on k0 and k2 and is
// slow on k3; big passes everything, dearly and slowly.
const cases: MatrixCase[] = [
  { caseKey: "k0", tags: ["math"], input: "What is 2+2?", calls: { cheap: done(true, 0.001, 100), big: done(true, 0.01, 1000), flaky: error(50) } },
  { caseKey: "k1", tags: ["prose"], input: "Write a poem", calls: { cheap: done(false, 0.001, 120, 2), big: done(true, 0.01, 900), flaky: done(true, 0.005, 300) } },
  { caseKey: "k2", tags: [], input: "Translate: hola", calls: { cheap: done(true, 0.001, 110, 3), big: done(true, 0.01, 1100), flaky: error(60) } },
  { caseKey: "k3", tags: ["math"], input: "What is 3*3?", calls: { cheap: done(false, 0.001, 130), big: done(true, 0.01, 1200), flaky: done(true, 0.005, 5000) } },
];

const project = (input: PolicyInput) => projectPolicy(policyDefinitionSchema.parse(input), cases);
const called = (input: PolicyInput) => project(input).map((projection) => projection.calls);

describe("cascade", () => {
  it("escalates on exactly the cases whose answer failed, adding both calls' cost and time", () => {
    const projections = project({ kind: "cascade", steps: ["cheap", "big"], escalateOn: { assertionFails: true, error: true } });
    expect(projections.map((projection) => projection.calls)).toEqual([["cheap"], ["cheap", "big"], ["cheap"], ["cheap", "big"]]);
    expect(projections.map((projection) => projection.latencyMs)).toEqual([100, 120 + 900, 110, 130 + 1200]);
    const figures = figuresOf(projections);
    expect(figures.passRate).toBe(1);
    expect(figures.costUsd).toBeCloseTo(4 * 0.001 + 2 * 0.01, 12);
    expect(figures.costPerUsefulAnswerUsd).toBeCloseTo(0.024 / 4, 12);
    // percentile_cont over [100, 110, 1020, 1330]: p50 halfway between 110 and 1020; p95 at rank 2.85.
    expect(figures.latencyP50Ms).toBe(565);
    expect(figures.latencyP95Ms).toBeCloseTo(1020 + 0.85 * 310, 9);
    expect(figures.callsPerCase).toBe(1.5);
  });

  it("escalates on a judge score below the threshold only, when that is the one condition", () => {
    // k1 scored 2 (< 3) escalates; k2 scored 3 stays; k3 has no judge score and fails, but
    // failing assertions are not a condition here.
    const projections = project({ kind: "cascade", steps: ["cheap", "big"], escalateOn: { assertionFails: false, judgeScoreBelow: 3, error: false } });
    expect(projections.map((projection) => projection.calls.length)).toEqual([1, 2, 1, 1]);
    expect(figuresOf(projections).passRate).toBe(0.75);
  });

  it("escalates on errors only when told to; an error left standing counts as an error", () => {
    expect(called({ kind: "cascade", steps: ["flaky", "big"], escalateOn: { assertionFails: true, error: false } })).toEqual([["flaky"], ["flaky"], ["flaky"], ["flaky"]]);
    const escalated = project({ kind: "cascade", steps: ["flaky", "big"], escalateOn: { assertionFails: false, error: true } });
    expect(escalated.map((projection) => projection.calls.length)).toEqual([2, 1, 2, 1]);
    expect(figuresOf(project({ kind: "cascade", steps: ["flaky", "big"], escalateOn: { assertionFails: true, error: false } })).errorRate).toBe(0.5);
  });
});

describe("fallback", () => {
  it("fires on exactly the errored cases", () => {
    const projections = project({ kind: "fallback", primary: "flaky", fallbacks: ["big"], on: { kind: "error" } });
    expect(projections.map((projection) => projection.calls)).toEqual([["flaky", "big"], ["flaky"], ["flaky", "big"], ["flaky"]]);
    expect(projections.map((projection) => projection.latencyMs)).toEqual([50 + 1000, 300, 60 + 1100, 5000]);
    const figures = figuresOf(projections);
    expect(figures.costUsd).toBeCloseTo(0.01 + 0.005 + 0.01 + 0.005, 12);
    expect([figures.passRate, figures.errorRate]).toEqual([1, 0]);
  });

  it("on a timeout also gives up on a slow call, and the user waited only until the timeout", () => {
    const projections = project({ kind: "fallback", primary: "flaky", fallbacks: ["big"], on: { kind: "timeout", ms: 1000 } });
    expect(projections.map((projection) => projection.calls.length)).toEqual([2, 1, 2, 2]);
    expect(projections[3]).toMatchObject({ latencyMs: 1000 + 1200, passed: true });
    expect(projections[3]!.costUsd).toBeCloseTo(0.005 + 0.01, 12);
  });
});

describe("route", () => {
  it("sends each case to the first rule that matches its tags or input, else the default", () => {
    const projections = project({
      kind: "route",
      rules: [
        { tag: "math", variant: "cheap" },
        { inputRegex: "^translate", caseInsensitive: true, variant: "flaky" },
      ],
      default: "big",
    });
    expect(projections.map((projection) => projection.calls)).toEqual([["cheap"], ["big"], ["flaky"], ["cheap"]]);
    expect(projections.map((projection) => [projection.passed, projection.error])).toEqual([[true, false], [true, false], [false, true], [false, false]]);
    const figures = figuresOf(projections);
    expect([figures.passRate, figures.errorRate, figures.callsPerCase]).toEqual([0.5, 0.25, 1]);
  });

  it("a case-sensitive regex does not match another case", () => {
    expect(called({ kind: "route", rules: [{ inputRegex: "^translate", variant: "flaky" }], default: "big" })).toEqual([["big"], ["big"], ["big"], ["big"]]);
  });
});
