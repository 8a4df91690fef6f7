import { describe, expect, it } from "vitest";
import { bootstrapRatings } from "./bradley-terry-intervals";
import { fitBradleyTerry, toRating, type PairOutcome } from "./bradley-terry";
import { seededRandom } from "./random";
import { neighbourSeparation } from "./rating-separation";

const games = (a: string, b: string, winsA: number, winsB: number, ties = 0): PairOutcome[] => [
  ...Array.from({ length: winsA }, () => ({ a, b, scoreA: 1 as const })),
  ...Array.from({ length: winsB }, () => ({ a, b, scoreA: 0 as const })),
  ...Array.from({ length: ties }, () => ({ a, b, scoreA: 0.5 as const })),
];
const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

describe("Bradley–Terry fit (MAP, two virtual half-won games per variant)", () => {
  it("recovers the odds of a two-player match (3 wins to 1: p_A / p_B = 3), barely shrunk by 400 votes", () => {
    const { theta } = fitBradleyTerry(games("A", "B", 300, 100));
    expect(theta.A! - theta.B!).toBeCloseTo(Math.log(3), 2);
    expect(theta.A! - theta.B!).toBeLessThan(Math.log(3)); // the prior pulls towards even, never past the data
    expect(theta.A! + theta.B!).toBeCloseTo(0, 10);
  });

  it("fits a consistent three-player example and counts ties as half a win", () => {
    // Strengths 4 : 2 : 1 give P(A>B)=2/3, P(B>C)=2/3, P(A>C)=4/5.
    const outcomes = [...games("A", "B", 200, 100), ...games("B", "C", 200, 100), ...games("A", "C", 400, 100)];
    const { theta } = fitBradleyTerry(outcomes);
    expect(theta.A! - theta.B!).toBeCloseTo(Math.log(2), 2);
    expect(theta.B! - theta.C!).toBeCloseTo(Math.log(2), 2);
    const tied = fitBradleyTerry(games("A", "B", 0, 0, 10)).theta;
    expect(tied.A).toBeCloseTo(tied.B!, 10);
  });

  it("solves the posterior's score equation exactly for one 1–0 vote", () => {
    // Exact arithmetic: with θ_B = −θ_A = −θ, A's score equation (1 real win + 1 of 2 virtual
    // wins = expected wins) is 2 = 2σ(θ) + σ(2θ); the root is θ = 0.52805 (σ = 0.62903, 0.74194).
    const { theta } = fitBradleyTerry(games("A", "B", 1, 0));
    expect(2 * sigmoid(theta.A!) + sigmoid(2 * theta.A!)).toBeCloseTo(2, 12);
    expect(theta.A).toBeCloseTo(0.52805, 5);
    expect(theta.B).toBeCloseTo(-theta.A!, 12);
  });

  it("keeps an undefeated player finite and puts 10:1 odds 400 rating points apart", () => {
    const { theta } = fitBradleyTerry(games("A", "B", 10, 0));
    expect(Number.isFinite(theta.A)).toBe(true);
    expect(theta.A).toBeGreaterThan(theta.B!);
    expect(toRating(Math.log(10)) - toRating(0)).toBeCloseTo(400, 6);
  });
});

describe("Bradley–Terry intervals (parametric bootstrap)", () => {
  it("never separates two variants on one 1–0 vote, nor on 2–0 or 3–0", () => {
    for (const wins of [1, 2, 3]) {
      const [first, second] = bootstrapRatings(games("A", "B", wins, 0), { resamples: 1000, seed: 7 });
      expect(first!.id).toBe("A");
      expect(first!.low, `${wins}–0`).toBeLessThanOrEqual(second!.high);
    }
    // Measured, not promised: 5–0 does separate (an exact sign test would want 6–0, p = 0.031).
  });

  it("flags variants that never lost or never won, and keeps their records", () => {
    const rated = bootstrapRatings([...games("A", "B", 3, 0, 1), ...games("B", "C", 2, 1)], { resamples: 1000 });
    const by = Object.fromEntries(rated.map((player) => [player.id, player]));
    expect(by.A).toMatchObject({ wins: 3, losses: 0, ties: 1, flag: "no-losses" });
    expect(by.B).toMatchObject({ wins: 2, losses: 4, ties: 1, flag: null });
    expect(by.C).toMatchObject({ wins: 1, losses: 2, ties: 0, flag: null });
    expect(bootstrapRatings(games("A", "B", 0, 2), { resamples: 1000 }).find((player) => player.id === "A")!.flag).toBe("no-wins");
  });

  it("ranks disconnected groups separately, each centred on 1000, the group with more votes first", () => {
    // Run X voted on {A, B}, run Y on {C, D}: nothing relates A to C.
    const rated = bootstrapRatings([...games("C", "D", 1, 3), ...games("A", "B", 6, 2)], { resamples: 1000 });
    expect(rated.map((player) => [player.id, player.group])).toEqual([["A", 0], ["B", 0], ["D", 1], ["C", 1]]);
    for (const group of [0, 1]) {
      const members = rated.filter((player) => player.group === group);
      expect(members.reduce((sum, player) => sum + player.rating, 0) / members.length).toBeCloseTo(1000, 9);
    }
    // Neighbours are compared only within a group: A–B and D–C, never B–D.
    const pairs = neighbourSeparation(rated, () => 0, [8, 4]).map((item) => [item.above, item.below]);
    expect(pairs).toEqual([["A", "B"], ["D", "C"]]);
  });

  it("says effectively tied instead of a huge vote count, and a count when one is within reach", () => {
    const rated = (gap: number) => [
      { id: "A", rating: 1000 + gap / 2, low: 900, high: 1100, group: 0, wins: 0, losses: 0, ties: 0, flag: null },
      { id: "B", rating: 1000 - gap / 2, low: 900, high: 1100, group: 0, wins: 0, losses: 0, ties: 0, flag: null },
    ];
    // A 5-point gap needs ~300,000 votes (votesNeeded): far more than 10 × 40 cast.
    expect(neighbourSeparation(rated(5), () => 12, [40])[0]).toMatchObject({ overlapping: true, effectivelyTied: true, votesNeeded: null });
    // A 100-point gap needs 98 votes (see power.test.ts), within 10 × 40: 98 − 12 more between them.
    expect(neighbourSeparation(rated(100), () => 12, [40])[0]).toMatchObject({ effectivelyTied: false, votesNeeded: 98, moreVotesNeeded: 86, headToHead: 12 });
    const apart = [{ ...rated(300)[0]!, low: 1110, high: 1190 }, { ...rated(300)[1]!, low: 810, high: 890 }];
    expect(neighbourSeparation(apart, () => 12, [40])[0]).toMatchObject({ overlapping: false, votesNeeded: null, effectivelyTied: false });
  });
});

/** Coverage of the 95 % intervals: tournaments simulated from known strengths, fitted, and each
 * interval checked against the (centred) truth. Also the mean width, so that an interval of
 * everything cannot pass. */
function simulateCoverage(votes: number, datasets: number, seed: number) {
  const truth: Record<string, number> = { A: 0.8, B: 0.3, C: -0.2, D: -0.9 };
  const players = Object.keys(truth);
  const random = seededRandom(seed);
  let covered = 0;
  let total = 0;
  let width = 0;
  for (let dataset = 0; dataset < datasets; dataset++) {
    const outcomes: PairOutcome[] = [];
    for (let vote = 0; vote < votes; vote++) {
      const a = players[Math.floor(random() * 4)]!;
      let b = players[Math.floor(random() * 4)]!;
      while (b === a) b = players[Math.floor(random() * 4)]!;
      outcomes.push({ a, b, scoreA: random() < sigmoid(truth[a]! - truth[b]!) ? 1 : 0 });
    }
    const rated = bootstrapRatings(outcomes, { resamples: 200, seed: dataset + 1 });
    expect(new Set(rated.map((player) => player.group))).toEqual(new Set([0]));
    const mean = rated.reduce((sum, player) => sum + truth[player.id]!, 0) / rated.length;
    for (const player of rated) {
      const expected = toRating(truth[player.id]! - mean);
      total += 1;
      width += player.high - player.low;
      if (player.low <= expected && expected <= player.high) covered += 1;
    }
  }
  return { coverage: covered / total, meanWidth: width / total };
}

describe("Bradley–Terry interval coverage (seeded simulation, truth θ = 0.8, 0.3, −0.2, −0.9)", () => {
  it("covers at least 93 % at 24 votes among 4 variants (300 datasets × 200 resamples)", () => {
    const started = performance.now();
    const { coverage, meanWidth } = simulateCoverage(24, 300, 42);
    console.info(`24 votes: coverage ${coverage.toFixed(4)}, mean width ${meanWidth.toFixed(0)} points, ${Math.round(performance.now() - started)} ms`);
    expect(coverage).toBeGreaterThanOrEqual(0.93);
    expect(meanWidth).toBeLessThan(400); // 1.75 logits measured; wide, as 24 votes deserve, but not everything
  });

  it("covers at least 93 % at 2,000 votes (500 datasets × 200 resamples)", () => {
    // 500 datasets, not 200: the four intervals of a dataset move together, so at 200 datasets the
    // Monte-Carlo error of the coverage is about a point — as large as the margin being tested.
    const started = performance.now();
    const { coverage, meanWidth } = simulateCoverage(2000, 500, 42);
    console.info(`2,000 votes: coverage ${coverage.toFixed(4)}, mean width ${meanWidth.toFixed(1)} points, ${Math.round(performance.now() - started)} ms`);
    expect(coverage).toBeGreaterThanOrEqual(0.93);
    // Fisher information for ~333 votes per pair gives sd ≈ 0.051–0.057 logits: width ≈ 36 points.
    expect(meanWidth).toBeLessThan(45);
  });
});
