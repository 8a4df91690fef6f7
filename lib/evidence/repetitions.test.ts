import { describe, expect, it } from "vitest";
import { caseRepetitions, spread, summariseRepetitions, type RepetitionUnit } from "./repetitions";

const unit = (caseKey: string, repetition: number, passed: boolean, totalMs: number | null = 1000, outputTokens: number | null = 40, textHash: string | null = "same"): RepetitionUnit => ({ caseKey, repetition, passed, totalMs, outputTokens, textHash });
const error = (caseKey: string, repetition: number) => unit(caseKey, repetition, false, null, null, null);

describe("caseRepetitions", () => {
  it("calls a case flaky when its repetitions disagree, with pass@k but not pass^k", () => {
    // 3 tries: pass, fail (an error), pass → passes 2 of 3.
    const entry = caseRepetitions("c1", "v", [unit("c1", 0, true, 100, 30, "a"), error("c1", 1), unit("c1", 2, true, 300, 50, "b")]);
    expect(entry).toMatchObject({ k: 3, passes: 2, passAtK: true, passHatK: false, flaky: true, distinctAnswers: 2 });
    // Latency over the two answers, percentile_cont: q1 = 100 + 0.25 × 200 = 150, median 200, q3 250.
    expect(entry.totalMs).toEqual({ min: 100, q1: 150, median: 200, q3: 250, max: 300 });
    expect(entry.outputTokens).toEqual({ min: 30, q1: 35, median: 40, q3: 45, max: 50 });
  });

  it("a case that always passes, or never, is steady", () => {
    expect(caseRepetitions("c", "v", [unit("c", 0, true), unit("c", 1, true)])).toMatchObject({ passAtK: true, passHatK: true, flaky: false, distinctAnswers: 1 });
    expect(caseRepetitions("c", "v", [error("c", 0), error("c", 1)])).toMatchObject({ passAtK: false, passHatK: false, flaky: false, distinctAnswers: 0, totalMs: null, outputTokens: null });
  });
});

describe("spread", () => {
  it("is the five-number summary by percentile_cont", () => {
    // [10, 20, 40, 80]: q1 at rank 0.75 → 10 + 0.75 × 10 = 17.5; median at 1.5 → 30; q3 at 2.25 → 40 + 0.25 × 40 = 50.
    expect(spread([80, 10, 40, 20])).toEqual({ min: 10, q1: 17.5, median: 30, q3: 50, max: 80 });
    expect(spread([])).toBeNull();
  });
});

describe("summariseRepetitions", () => {
  it("gives each variant its pass@k, pass^k and flaky shares over complete cases, with Wilson intervals", () => {
    // Variant A, k = 2, four complete cases: both pass, both pass, one of two, none; a fifth case
    // has one finished try and is left out.
    const a = [
      unit("c1", 0, true), unit("c1", 1, true),
      unit("c2", 0, true), unit("c2", 1, true, 1000, 40, "other"),
      unit("c3", 0, true), error("c3", 1),
      error("c4", 0), error("c4", 1),
      unit("c5", 0, true),
    ];
    const { variants, cases } = summariseRepetitions(new Map([["A", a]]), 2);
    const [figures] = variants;
    expect(figures).toMatchObject({ variantId: "A", cases: 4, incompleteCases: 1 });
    // pass@2: 3 of 4. Wilson: z² = 3.8415, centre = (3 + 1.9207) / 7.8415 = 0.62752,
    // half = 1.96 × √(3 × 1 / 4 + 0.9604) / 7.8415 = 1.96 × 1.30784 / 7.8415 = 0.32689 → 0.3006 to 0.9544.
    expect(figures!.passAtK).toMatchObject({ count: 3, n: 4, rate: 0.75 });
    expect(figures!.passAtK.ci95![0]).toBeCloseTo(0.30064, 4);
    expect(figures!.passAtK.ci95![1]).toBeCloseTo(0.95441, 4);
    // pass^2: 2 of 4 → Wilson centre 0.5, half = 1.96 × √(1 + 0.9604) / 7.8415 = 0.34997 → 0.1500 to 0.8500.
    expect(figures!.passHatK).toMatchObject({ count: 2, n: 4, rate: 0.5 });
    expect(figures!.passHatK.ci95![0]).toBeCloseTo(0.15004, 4);
    // Flaky: 1 of 4 (c3); changing answers: 1 of 4 (c2 gave two texts).
    expect(figures!.flaky).toMatchObject({ count: 1, n: 4, rate: 0.25 });
    expect(figures!.changingAnswers).toMatchObject({ count: 1, n: 4 });
    // Flakiest first: c3 (flaky), then c2 (two answers), then c1 and c5 (one answer, by key), then
    // c4 (no answer at all).
    expect(cases.map((entry) => entry.caseKey)).toEqual(["c3", "c2", "c1", "c5", "c4"]);
  });

  it("orders flaky cases by how close to half they pass", () => {
    const units = [unit("x", 0, true), unit("x", 1, true), unit("x", 2, true), error("x", 3), unit("y", 0, true), unit("y", 1, true), error("y", 2), error("y", 3)];
    // x passes 3 of 4 (balance 1/4), y 2 of 4 (balance 1/2): y is flakier.
    expect(summariseRepetitions(new Map([["A", units]]), 4).cases.map((entry) => entry.caseKey)).toEqual(["y", "x"]);
  });
});
