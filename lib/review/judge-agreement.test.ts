import { describe, expect, it } from "vitest";
import { krippendorffAlpha } from "../stats/krippendorff";
import { wilsonInterval } from "../stats/proportions";
import { judgeHumanAgreement, majority, positionConsistency, type SharedPair } from "./judge-agreement";

describe("position consistency", () => {
  it("is the share of answered verdicts that survived the swap, with Wilson's interval", () => {
    const summary = positionConsistency([{ consistent: true }, { consistent: true }, { consistent: false }, { consistent: null }]);
    expect(summary).toMatchObject({ successes: 2, n: 3, share: 2 / 3 });
    expect([summary.low, summary.high]).toEqual(wilsonInterval(2, 3));
    expect(positionConsistency([])).toMatchObject({ n: 0, share: null, low: 0, high: 1 });
  });
});

describe("judge–human agreement", () => {
  it("finds the humans' majority, or none on a split", () => {
    expect(majority(["a", "a", "b"])).toBe("a");
    expect(majority(["a", "b"])).toBeNull();
    expect(majority(["tie"])).toBe("tie");
  });

  it("matches alpha and raw agreement computed by hand (Krippendorff 2011's coincidence method)", () => {
    // P1 humans a, a and judge a; P2 human b, judge b; P3 human a, judge tie.
    // Coincidences: P1 (m = 3) o_aa += 3·2/2 = 3; P2 (m = 2) o_bb += 2; P3 o_a,tie = o_tie,a = 1.
    // Marginals n_a = 4, n_b = 2, n_tie = 1, n = 7.
    // Nominal: D_o = 2, D_e = 2·(4·2 + 4·1 + 2·1) = 28, α = 1 − 6·2/28 = 4/7.
    // Ordinal a < tie < b: δ²(a,tie) = (4 + 1 − 2.5)² = 6.25, δ²(a,b) = (7 − 3)² = 16,
    // δ²(tie,b) = (3 − 1.5)² = 2.25; D_o = 2·6.25 = 12.5, D_e = 2·(4·6.25 + 8·16 + 2·2.25) = 315,
    // α = 1 − 6·12.5/315 = 16/21.
    // Raw: the judge matches the majority on P1 and P2, not on P3: 2 of 3.
    const pairs: SharedPair[] = [
      { humans: ["a", "a"], judge: "a" },
      { humans: ["b"], judge: "b" },
      { humans: ["a"], judge: "tie" },
    ];
    const result = judgeHumanAgreement(pairs);
    expect(result.sharedPairs).toBe(3);
    expect(result.tooFew).toBe(true);
    expect(result.nominal.alpha).toBeCloseTo(4 / 7, 12);
    expect(result.ordinal.alpha).toBeCloseTo(16 / 21, 12);
    expect(result.raw).toMatchObject({ successes: 2, n: 3, share: 2 / 3, split: 0 });
    expect([result.raw.low, result.raw.high]).toEqual(wilsonInterval(2, 3));
    // Intervals from resampled pairs hold the estimate and stay within alpha's range.
    for (const level of [result.nominal, result.ordinal]) {
      expect(level.low!).toBeLessThanOrEqual(level.alpha!);
      expect(level.high!).toBeGreaterThanOrEqual(level.alpha!);
      expect(level.high!).toBeLessThanOrEqual(1);
    }
  });

  it("leaves split pairs out of raw agreement and both bad out of the ordinal alpha only", () => {
    const pairs: SharedPair[] = [
      { humans: ["a", "b"], judge: "a" },
      { humans: ["both_bad"], judge: "both_bad" },
      { humans: ["b", "b"], judge: "tie" },
      { humans: ["a"], judge: "a" },
    ];
    const result = judgeHumanAgreement(pairs);
    expect(result.raw).toMatchObject({ successes: 2, n: 3, split: 1 });
    expect(result.nominal.alpha).toBeCloseTo(krippendorffAlpha([[0, 1, 0], [3, 3], [1, 1, 2], [0, 0]], "nominal")!, 12);
    expect(result.ordinal.alpha).toBeCloseTo(krippendorffAlpha([[0, 2, 0], [], [2, 2, 1], [0, 0]], "ordinal")!, 12);
  });

  it("is seeded: the same pairs give the same intervals", () => {
    const pairs: SharedPair[] = Array.from({ length: 12 }, (_, k) => ({ humans: [k % 3 === 0 ? "a" : "b"], judge: k % 4 === 0 ? "a" : "b" }));
    expect(judgeHumanAgreement(pairs)).toEqual(judgeHumanAgreement(pairs));
    expect(judgeHumanAgreement(pairs).tooFew).toBe(false);
  });
});
