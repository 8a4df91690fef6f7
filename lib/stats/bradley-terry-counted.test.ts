// The leaderboard hands the fit one row per (variant A, variant B, outcome) with its count
// instead of one row per vote (100,000 votes are a few dozen cells). Everything the fit does —
// the point ratings, the parametric bootstrap (each resample redraws every variant pair's votes
// from the binomial of its count and fitted chance), groups and records — reads only the tally of
// wins and games per player, and counted cells tally to exactly the same numbers (sums of whole
// and half points, exact in floating point). So the same votes, one by one or counted, must give
// the same board to the last bit, for the same seed.
import { describe, expect, it } from "vitest";
import { bootstrapRatings } from "./bradley-terry-intervals";
import type { CountedOutcome, PairOutcome } from "./bradley-terry";
import { seededRandom } from "./random";

function votes(count: number, seed: number): PairOutcome[] {
  const random = seededRandom(seed);
  const players = ["P", "Q", "R", "S", "T"];
  const strength = [0.6, 0.2, 0, -0.3, -0.8];
  const outcomes: PairOutcome[] = [];
  for (let k = 0; k < count; k++) {
    const i = Math.floor(random() * 4);
    const j = i + 1 + Math.floor(random() * (4 - i));
    const u = random();
    const chance = 1 / (1 + Math.exp(strength[j]! - strength[i]!));
    // Some votes name the stronger variant second, some are ties: every kind of cell occurs.
    const [a, b, p] = random() < 0.5 ? [players[i]!, players[j]!, chance] : [players[j]!, players[i]!, 1 - chance];
    outcomes.push({ a, b, scoreA: u < 0.1 ? 0.5 : u < 0.1 + 0.9 * p ? 1 : 0 });
  }
  return outcomes;
}

function counted(outcomes: PairOutcome[]): CountedOutcome[] {
  const cells = new Map<string, CountedOutcome>();
  for (const { a, b, scoreA } of outcomes) {
    const key = `${a}|${b}|${scoreA}`;
    const cell = cells.get(key) ?? { a, b, scoreA, n: 0 };
    cell.n += 1;
    cells.set(key, cell);
  }
  return [...cells.values()];
}

describe("Bradley–Terry ratings from counted votes", () => {
  it("equal the ratings from the same votes one by one, intervals included, to the last bit", () => {
    for (const [size, seed] of [[40, 3], [3_000, 11]] as const) {
      const one = votes(size, seed);
      const cells = counted(one);
      expect(cells.length).toBeLessThan(one.length);
      expect(bootstrapRatings(cells, { resamples: 300, seed: 7 })).toEqual(bootstrapRatings(one, { resamples: 300, seed: 7 }));
    }
  });

  it("count each cell as many votes as it says (a cell of n is not one vote)", () => {
    const once = bootstrapRatings([{ a: "P", b: "Q", scoreA: 1, n: 1 }, { a: "P", b: "Q", scoreA: 0, n: 1 }], { resamples: 200, seed: 7 });
    const many = bootstrapRatings([{ a: "P", b: "Q", scoreA: 1, n: 30 }, { a: "P", b: "Q", scoreA: 0, n: 10 }], { resamples: 200, seed: 7 });
    expect(many.find((player) => player.id === "P")).toMatchObject({ wins: 30, losses: 10 });
    expect(many[0]!.rating - many[1]!.rating).toBeGreaterThan(once[0]!.rating - once[1]!.rating + 100);
  });
});
