import { describe, expect, it } from "vitest";
import { pairedCasesNeeded, plannerVerdict, votesNeeded } from "./power";
import { mcnemarExact } from "./proportions";
import { seededRandom } from "./random";

const z975 = 1.959963984540054;
const z80 = 0.8416212335729143;

describe("pairedCasesNeeded (Connor 1987)", () => {
  it("computes Connor's formula", () => {
    // Exact arithmetic: ψ = 0.2, δ = 0.1 → (1.959964·√0.2 + 0.841621·√0.19)² / 0.01
    // = (0.876523 + 0.366854)² / 0.01 = 154.60 → 155 cases.
    expect(((z975 * Math.sqrt(0.2) + z80 * Math.sqrt(0.19)) ** 2) / 0.01).toBeCloseTo(154.6, 1);
    expect(pairedCasesNeeded({ discordantShare: 0.2, difference: 0.1 })).toBe(155);
    // More disagreement at the same difference needs more cases: ψ = 0.3 → 233.09 → 234.
    expect(pairedCasesNeeded({ discordantShare: 0.3, difference: 0.1 })).toBe(234);
    expect(pairedCasesNeeded({ discordantShare: 0.3, difference: -0.1 })).toBe(234);
    expect(pairedCasesNeeded({ discordantShare: 0.3, difference: 0 })).toBe(Infinity);
    expect(() => pairedCasesNeeded({ discordantShare: 0.05, difference: 0.1 })).toThrow(RangeError);
  });

  it("gives about 80 % power to the exact McNemar test in a seeded simulation", () => {
    // pA − pB = 0.1 with 20 % discordant cases (only A 15 %, only B 5 %): 155 cases.
    const n = pairedCasesNeeded({ discordantShare: 0.2, difference: 0.1 });
    const random = seededRandom(21);
    let rejected = 0;
    const trials = 2000;
    for (let trial = 0; trial < trials; trial++) {
      let b = 0;
      let c = 0;
      for (let k = 0; k < n; k++) {
        const u = random();
        if (u < 0.15) b += 1;
        else if (u < 0.2) c += 1;
      }
      if (mcnemarExact(b, c) <= 0.05) rejected += 1;
    }
    // Connor's formula is for the asymptotic test; the exact test is a little more conservative
    // (measured 0.767).
    expect(rejected / trials).toBeGreaterThan(0.74);
    expect(rejected / trials).toBeLessThan(0.86);
  });
});

describe("votesNeeded", () => {
  it("is Connor's formula with every pair discordant, for the win chance a rating gap implies", () => {
    // Exact arithmetic: a 100-point gap → P = 1 / (1 + 10^−0.25) = 0.640065, δ = 2P − 1 = 0.280130;
    // (1.959964 + 0.841621·√(1 − δ²))² / δ² = (1.959964 + 0.807924)² / 0.078473 = 97.63 → 98 votes.
    expect(votesNeeded({ ratingGap: 100 })).toBe(98);
    expect(votesNeeded({ ratingGap: -100 })).toBe(98);
    expect(votesNeeded({ ratingGap: 400 })).toBe(9);
    expect(votesNeeded({ ratingGap: 0 })).toBe(Infinity);
    expect(votesNeeded({ ratingGap: 35 })).toBeGreaterThan(700);
  });
});

describe("plannerVerdict", () => {
  it("says effectively tied when the data needed is more than ten times the data in hand", () => {
    expect(plannerVerdict(155, 20)).toEqual({ needed: 155, effectivelyTied: false });
    expect(plannerVerdict(200, 20)).toEqual({ needed: 200, effectivelyTied: false });
    expect(plannerVerdict(201, 20)).toEqual({ needed: null, effectivelyTied: true });
    expect(plannerVerdict(Infinity, 1000)).toEqual({ needed: null, effectivelyTied: true });
  });
});
