// Reviewer quality on votes small enough to count by hand; the counts are written out beside
// each expectation.
import { describe, expect, it } from "vitest";
import { wilsonInterval } from "../stats/proportions";
import { binomialTestHalf, majorityChoice, median, reviewerQuality, type Choice, type QualityVote } from "./reviewer-quality";

function vote(reviewerId: string, pair: number, choice: Choice, extra: Partial<QualityVote> = {}): QualityVote {
  return { reviewerId, completionAId: `a${pair}`, completionBId: `b${pair}`, choice, shownLeftId: null, elapsedMs: null, ...extra };
}

describe("binomialTestHalf", () => {
  it("gives the exact two-sided p-value", () => {
    // 9 of 10: P(X ≥ 9) = (C(10,9) + C(10,10)) / 2^10 = 11/1024; two-sided doubles it: 22/1024.
    expect(binomialTestHalf(9, 10)).toBeCloseTo(0.021484375, 15);
    expect(binomialTestHalf(1, 10)).toBeCloseTo(0.021484375, 15);
    // 8 of 10: (45 + 10 + 1) / 1024 · 2 = 112/1024.
    expect(binomialTestHalf(8, 10)).toBeCloseTo(0.109375, 15);
    expect(binomialTestHalf(5, 10)).toBe(1);
    expect(binomialTestHalf(0, 0)).toBe(1);
  });
});

describe("building blocks", () => {
  it("finds a strict majority or none", () => {
    expect(majorityChoice(["a", "b", "a"])).toBe("a");
    expect(majorityChoice(["a", "b"])).toBeNull();
    expect(majorityChoice(["tie"])).toBe("tie");
    expect(majorityChoice([])).toBeNull();
  });
  it("takes the median of odd and even counts", () => {
    expect(median([9000, 1000, 2500, 2000, 10000])).toBe(2500);
    expect(median([1000, 2000, 4000, 8000])).toBe(3000);
    expect(median([])).toBeNull();
  });
});

describe("reviewerQuality", () => {
  // Pair 1: r1 a, r2 a, r3 b, r4 a.  Pair 2: r1 b, r2 b, r3 b.  Pair 3: r1 tie, r2 a, r3 b.
  const votes = [
    vote("r1", 1, "a"),
    vote("r2", 1, "a"),
    vote("r3", 1, "b"),
    vote("r4", 1, "a"),
    vote("r1", 2, "b"),
    vote("r2", 2, "b"),
    vote("r3", 2, "b"),
    vote("r1", 3, "tie"),
    vote("r2", 3, "a"),
    vote("r3", 3, "b"),
  ];
  const gold = [
    { completionAId: "a1", completionBId: "b1", expected: "a" as const },
    { completionAId: "a2", completionBId: "b2", expected: "tie" as const },
  ];
  const byId = Object.fromEntries(reviewerQuality(votes, gold).map((row) => [row.reviewerId, row]));

  it("counts agreement with the other reviewers' majority, skipping pairs where they split evenly", () => {
    // r1: pair 1 others a,b,a → a, agrees; pair 2 others b,b → b, agrees; pair 3 others a,b → split, skipped. 2 of 2.
    expect(byId.r1!.agreement).toMatchObject({ count: 2, n: 2, rate: 1 });
    // r3: pair 1 others a,a,a → a, r3 said b; pair 2 others b,b → agrees; pair 3 others tie,a → split. 1 of 2.
    expect(byId.r3!.agreement).toEqual({ count: 1, n: 2, rate: 0.5, ci95: wilsonInterval(1, 2) });
    // r4: only pair 1, others a,a,b → a, agrees. 1 of 1.
    expect(byId.r4!.agreement).toMatchObject({ count: 1, n: 1 });
    expect(byId.r2!.votes).toBe(3);
  });

  it("scores gold pairs against the known answer", () => {
    // r1: pair 1 a = a (right), pair 2 b ≠ tie (wrong): 1 of 2. r3: b ≠ a, b ≠ tie: 0 of 2.
    expect(byId.r1!.gold).toEqual({ count: 1, n: 2, rate: 0.5, ci95: wilsonInterval(1, 2) });
    expect(byId.r3!.gold).toMatchObject({ count: 0, n: 2, rate: 0 });
    // 0 of 2: Wilson's upper end is 0.658, above one half — too few votes to flag.
    expect(byId.r3!.flags).not.toContain("low-gold-accuracy");
  });

  it("tests the left-shown answer's wins against one half, on decisive votes with a known side", () => {
    // Ten decisive votes, the left answer winning nine; a tie and a side-less vote do not count.
    const sided = Array.from({ length: 10 }, (_, pair) => vote("s", pair, pair === 0 ? "b" : "a", { shownLeftId: `a${pair}` }));
    sided.push(vote("s", 10, "tie", { shownLeftId: "a10" }), vote("s", 11, "a"));
    // Left is b12 and b wins: the left answer won although it is the canonical B.
    sided.push(vote("t", 12, "b", { shownLeftId: "b12" }), vote("t", 13, "b", { shownLeftId: "a13" }));
    const [s, t] = reviewerQuality(sided, []);
    expect(s!.leftWins).toMatchObject({ count: 9, n: 10, rate: 0.9 });
    expect(s!.leftWins.pValue).toBeCloseTo(0.021484375, 15);
    expect(s!.flags).toContain("side-bias");
    expect(t!.leftWins).toMatchObject({ count: 1, n: 2, pValue: 1 });
    expect(byId.r1!.leftWins).toMatchObject({ count: 0, n: 0, rate: null, pValue: null });
  });

  it("flags a median time under 3 s once there are five timed votes", () => {
    const timed = (reviewerId: string, times: (number | null)[]) => times.map((elapsedMs, pair) => vote(reviewerId, pair, "a", { elapsedMs }));
    const rows = reviewerQuality([...timed("fast", [1000, 2000, 2500, 9000, 10000, null]), ...timed("few", [1000, 1000, 1000, 1000]), ...timed("slow", [1000, 2000, 4000, 8000, 3000])], []);
    const [fast, few, slow] = rows;
    expect(fast!.time).toEqual({ timedVotes: 5, medianMs: 2500, tooFast: true });
    expect(fast!.flags).toContain("too-fast");
    expect(few!.time).toEqual({ timedVotes: 4, medianMs: 1000, tooFast: false });
    // Median exactly 3000 ms is not under 3 s.
    expect(slow!.time).toEqual({ timedVotes: 5, medianMs: 3000, tooFast: false });
  });

  it("flags low agreement only when the interval's upper end is under one half", () => {
    // "odd" disagrees with two others on 6 pairs: 0 of 6, Wilson upper 0.390.
    const rows = reviewerQuality(
      Array.from({ length: 6 }, (_, pair) => [vote("odd", pair, "b"), vote("x", pair, "a"), vote("y", pair, "a")]).flat(),
      [],
    );
    const odd = rows.find((row) => row.reviewerId === "odd")!;
    expect(odd.agreement).toMatchObject({ count: 0, n: 6 });
    expect(odd.agreement.ci95[1]).toBeCloseTo(0.39, 2);
    expect(odd.flags).toEqual(["low-agreement"]);
  });
});
