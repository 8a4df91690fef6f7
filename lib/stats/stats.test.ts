import { describe, expect, it } from "vitest";
import { bootstrapRatings, fitBradleyTerry, toRating, votesToSeparate, type PairOutcome } from "./bradley-terry";
import { krippendorffAlpha } from "./krippendorff";
import { seededRandom } from "./random";

const games = (a: string, b: string, winsA: number, winsB: number, ties = 0): PairOutcome[] => [
  ...Array.from({ length: winsA }, () => ({ a, b, scoreA: 1 as const })),
  ...Array.from({ length: winsB }, () => ({ a, b, scoreA: 0 as const })),
  ...Array.from({ length: ties }, () => ({ a, b, scoreA: 0.5 as const })),
];

describe("Bradley–Terry", () => {
  it("recovers the odds of a two-player match (3 wins to 1: p_A / p_B = 3)", () => {
    const { theta } = fitBradleyTerry(games("A", "B", 300, 100));
    expect(theta.A! - theta.B!).toBeCloseTo(Math.log(3), 2);
    expect(theta.A! + theta.B!).toBeCloseTo(0, 10);
  });

  it("fits a consistent three-player example exactly and counts ties as half a win", () => {
    // Strengths 4 : 2 : 1 give P(A>B)=2/3, P(B>C)=2/3, P(A>C)=4/5.
    const outcomes = [...games("A", "B", 200, 100), ...games("B", "C", 200, 100), ...games("A", "C", 400, 100)];
    const { theta } = fitBradleyTerry(outcomes);
    expect(theta.A! - theta.B!).toBeCloseTo(Math.log(2), 2);
    expect(theta.B! - theta.C!).toBeCloseTo(Math.log(2), 2);
    const tied = fitBradleyTerry([...games("A", "B", 0, 0, 10)]).theta;
    expect(tied.A).toBeCloseTo(tied.B!, 10);
  });

  it("keeps an undefeated player finite", () => {
    const { theta } = fitBradleyTerry(games("A", "B", 10, 0));
    expect(Number.isFinite(theta.A)).toBe(true);
    expect(theta.A).toBeGreaterThan(theta.B!);
  });

  it("puts 10:1 odds 400 rating points apart", () => {
    expect(toRating(Math.log(10)) - toRating(0)).toBeCloseTo(400, 6);
  });

  it("gives bootstrap intervals that cover the true strengths in most simulated tournaments", () => {
    const truth: Record<string, number> = { A: 0.8, B: 0.3, C: -0.2, D: -0.9 };
    const players = Object.keys(truth);
    const random = seededRandom(42);
    let covered = 0;
    let total = 0;
    for (let tournament = 0; tournament < 30; tournament++) {
      const outcomes: PairOutcome[] = [];
      for (let vote = 0; vote < 240; vote++) {
        const a = players[Math.floor(random() * 4)]!;
        let b = players[Math.floor(random() * 4)]!;
        while (b === a) b = players[Math.floor(random() * 4)]!;
        const pA = 1 / (1 + Math.exp(truth[b]! - truth[a]!));
        outcomes.push({ a, b, scoreA: random() < pA ? 1 : 0 });
      }
      const rated = bootstrapRatings(outcomes, { resamples: 500, seed: tournament + 1 });
      const mean = players.reduce((sum, player) => sum + truth[player]!, 0) / players.length;
      for (const player of rated) {
        const expected = toRating(truth[player.id]! - mean);
        total += 1;
        if (player.low <= expected && expected <= player.high) covered += 1;
      }
    }
    // Nominal 95 %; percentile intervals of a slightly shrunk (pseudo-tie) estimate run a bit under.
    expect(covered / total).toBeGreaterThan(0.85);
  });

  it("estimates how many votes would separate overlapping intervals", () => {
    const a = { id: "a", rating: 1020, low: 990, high: 1050 };
    const b = { id: "b", rating: 1000, low: 970, high: 1030 };
    expect(votesToSeparate(a, b, 100)).toBe(800); // (60/20)² × 100 − 100
    expect(votesToSeparate({ ...a, low: 1035, rating: 1060, high: 1090 }, b, 100)).toBeNull();
  });
});

describe("Krippendorff's alpha", () => {
  // The worked example of Krippendorff (2011): 4 coders, 12 units, values 1–5, gaps missing.
  const coders = [
    [1, 2, 3, 3, 2, 1, 4, 1, 2, null, null, null],
    [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, null, 3],
    [null, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, null],
    [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, null],
  ];
  const units = coders[0]!.map((_, unit) => coders.map((coder) => coder[unit]).filter((value): value is number => value !== null));

  it("matches the published nominal and interval values", () => {
    expect(krippendorffAlpha(units, "nominal")).toBeCloseTo(0.743, 3);
    expect(krippendorffAlpha(units, "interval")).toBeCloseTo(0.849, 3);
  });

  it("is 1 for perfect agreement and undefined without variation", () => {
    expect(krippendorffAlpha([[1, 1], [2, 2], [3, 3]])).toBe(1);
    expect(krippendorffAlpha([[1, 1], [1, 1]])).toBeNull();
    expect(krippendorffAlpha([[1]])).toBeNull();
  });
});
