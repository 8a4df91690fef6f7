import { describe, expect, it } from "vitest";
import { AppError } from "../../api/errors";
import { bootstrapArms, figuresOf } from "./figures";
import { policyDefinitionSchema } from "./policy";
import { projectSingle, type CallOutcome, type MatrixCase } from "./project";
import { bestSingle, projectWhatIf } from "./what-if";

const done = (passed: boolean, costUsd: number, totalMs: number): CallOutcome => ({ status: "done", passed, costUsd, totalMs, judgeScore: null });

// cheap passes cases 0–5 of 10, big 0–8: a cascade cheap → big passes 0–8.
const cases: MatrixCase[] = Array.from({ length: 10 }, (_, k) => ({
  caseKey: `k${k}`,
  tags: [],
  input: "",
  calls: { "id-cheap": done(k < 6, 0.001, 100), "id-big": done(k < 9, 0.01, 1000) },
}));
const variants = [
  { id: "id-cheap", name: "cheap" },
  { id: "id-big", name: "big" },
];
const cascade = policyDefinitionSchema.parse({ kind: "cascade", steps: ["cheap", "id-big"], escalateOn: {} });

describe("routing what-if", () => {
  it("sets the policy next to each variant and the best single one, by name or id", () => {
    const projection = projectWhatIf(cascade, { variants, cases, casesLeftOut: 0 }, { seed: 7 });
    expect(projection.bestVariantId).toBe("id-big");
    expect(projection.result).toMatchObject({ passRate: 0.9, escalatedCases: 4, callsPerCase: 1.4 });
    // 10 cheap calls + 4 big ones, over 9 useful answers.
    expect(projection.result.costPerUsefulAnswerUsd).toBeCloseTo((10 * 0.001 + 4 * 0.01) / 9, 12);
    expect(projection.variants.map((variant) => [variant.name, variant.passRate])).toEqual([["cheap", 0.6], ["big", 0.9]]);
    // The policy and big pass the very same cases: every resample sees them tie.
    expect(projection.result.passRateVersusBest).toEqual({ difference: 0, ci95: [0, 0] });
    // 9 of 10: Wilson's 95 % interval, (9 + 1.92 ∓ 1.96·√(0.9 + 0.96)) / 13.84 = [0.5958, 0.9821].
    const [low, high] = projection.result.intervals.passRate!;
    expect(low).toBeCloseTo(0.5958, 4);
    expect(high).toBeCloseTo(0.9821, 4);
    expect(projection.sentence).toContain("Cascade cheap → big would pass 90 %");
    expect(projection.sentence).toContain("the best single variant, big, passes 90 %");
    // Same seed, same intervals.
    expect(projectWhatIf(cascade, { variants, cases, casesLeftOut: 0 }, { seed: 7 }).result.intervals).toEqual(projection.result.intervals);
  });

  it("describes each kind of policy by the run's variant names", () => {
    const fallback = policyDefinitionSchema.parse({ kind: "fallback", primary: "id-cheap", fallbacks: ["big"], on: { kind: "timeout", ms: 900 } });
    expect(projectWhatIf(fallback, { variants, cases, casesLeftOut: 0 }).sentence).toMatch(/^Fallback cheap → big on an error or > 900 ms would pass 60 %/);
    const route = policyDefinitionSchema.parse({ kind: "route", rules: [{ tag: "x", variant: "cheap" }], default: "big" });
    expect(projectWhatIf(route, { variants, cases, casesLeftOut: 0 }).policy.description).toBe("route by 1 rule, else big");
  });

  it("names the field of a variant the run does not have", () => {
    const policy = policyDefinitionSchema.parse({ kind: "cascade", steps: ["cheap", "huge"], escalateOn: {} });
    try {
      projectWhatIf(policy, { variants, cases, casesLeftOut: 0 });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).httpStatus).toBe(400);
      expect((error as AppError).extra).toMatchObject({ errors: [{ path: "policy.steps.1" }] });
    }
  });

  it("breaks a pass-rate tie by the lower cost per useful answer", () => {
    const tied = [
      { id: "a", ...figuresOf(cases.map((entry) => projectSingle(entry, "id-big"))) },
      { id: "b", ...figuresOf(cases.map((entry) => ({ ...projectSingle(entry, "id-big"), costUsd: 0.001 }))) },
    ];
    expect(bestSingle(tied)).toBe("b");
  });

  it("resamples every arm with the same case indices", () => {
    const arm = cases.map((entry) => projectSingle(entry, "id-cheap"));
    const boot = bootstrapArms([arm, arm.map((projection) => ({ ...projection }))], 0, { seed: 3 });
    expect(boot.passRateDifferenceCi95[1]).toEqual([0, 0]);
    expect(boot.intervals[0]).toEqual(boot.intervals[1]);
    expect(boot.resamples).toBe(2000);
  });
});
