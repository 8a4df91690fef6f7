import { describe, expect, it } from "vitest";
import { mcnemarExact, newcombePairedDifference, wilsonInterval } from "./proportions";
import { seededRandom } from "./random";

describe("wilsonInterval", () => {
  it("matches Newcombe (1998, Stat Med 17:857) Table I, method 3 (score interval without continuity correction)", () => {
    // Table I rows: 81/263 → 0.2553–0.3662, 15/148 → 0.0624–0.1605, 0/20 → 0.0000–0.1611, 1/29 → 0.0061–0.1718.
    const table: Array<[number, number, number, number]> = [
      [81, 263, 0.2553, 0.3662],
      [15, 148, 0.0624, 0.1605],
      [0, 20, 0, 0.1611],
      [1, 29, 0.0061, 0.1718],
    ];
    for (const [successes, n, low, high] of table) {
      const [computedLow, computedHigh] = wilsonInterval(successes, n);
      expect(computedLow, `${successes}/${n}`).toBeCloseTo(low, 4);
      expect(computedHigh, `${successes}/${n}`).toBeCloseTo(high, 4);
    }
  });

  it("is exactly 0 or 1 at the edges, [0, 1] without data, and narrower at lower confidence", () => {
    expect(wilsonInterval(0, 20)[0]).toBe(0);
    expect(wilsonInterval(20, 20)[1]).toBe(1);
    // Exact arithmetic: 20/20 lower bound = n / (n + z²) = 20 / (20 + 1.959964²) = 0.838857.
    expect(wilsonInterval(20, 20)[0]).toBeCloseTo(20 / (20 + 1.959963984540054 ** 2), 12);
    expect(wilsonInterval(0, 0)).toEqual([0, 1]);
    const [low90, high90] = wilsonInterval(81, 263, 0.9);
    expect(low90).toBeGreaterThan(0.2553);
    expect(high90).toBeLessThan(0.3662);
    expect(() => wilsonInterval(5, 4)).toThrow(RangeError);
  });

  it("covers close to 95 % in a seeded simulation (n = 30, p = 0.1 … 0.9)", () => {
    const random = seededRandom(11);
    let covered = 0;
    let total = 0;
    for (const p of [0.1, 0.3, 0.5, 0.7, 0.9]) {
      for (let trial = 0; trial < 2000; trial++) {
        let successes = 0;
        for (let k = 0; k < 30; k++) if (random() < p) successes += 1;
        const [low, high] = wilsonInterval(successes, 30);
        total += 1;
        if (low <= p && p <= high) covered += 1;
      }
    }
    // Measured 0.9525 (nominal 0.95).
    expect(covered / total).toBeGreaterThan(0.93);
    expect(covered / total).toBeLessThan(0.975);
  });
});

describe("mcnemarExact", () => {
  it("is the exact binomial tail of the discordant pairs (exact arithmetic on Binomial(n, 1/2))", () => {
    // b = 1, c = 9: P(X ≤ 1) = (1 + 10) / 2^10 = 11/1024; two-sided doubles it.
    expect(mcnemarExact(1, 9)).toBeCloseTo(22 / 1024, 15);
    expect(mcnemarExact(1, 9, "less")).toBeCloseTo(11 / 1024, 15);
    expect(mcnemarExact(9, 1, "greater")).toBeCloseTo(11 / 1024, 15);
    // "greater" asks whether A passes more often: b = 1 of 10 is no evidence of that.
    expect(mcnemarExact(1, 9, "greater")).toBeCloseTo(1 - 1 / 1024, 15);
    // b = 0, c = 6: 2 × 1/64.
    expect(mcnemarExact(0, 6)).toBeCloseTo(2 / 64, 15);
    // b = 2, c = 4: P(X ≤ 2) = (1 + 6 + 15) / 64 = 22/64; doubled = 44/64.
    expect(mcnemarExact(2, 4)).toBeCloseTo(44 / 64, 15);
  });

  it("caps at 1, answers 1 without discordant pairs, and handles thousands of cases", () => {
    expect(mcnemarExact(5, 5)).toBe(1);
    expect(mcnemarExact(0, 0)).toBe(1);
    // b = 3000, c = 2900: the normal approximation with continuity correction, z = 49.5 / √1475
    // = 1.2889, gives 0.1974; the exact tail agrees to three decimals.
    expect(mcnemarExact(3000, 2900)).toBeCloseTo(0.1974, 3);
    expect(() => mcnemarExact(-1, 3)).toThrow(RangeError);
    expect(() => mcnemarExact(1.5, 3)).toThrow(RangeError);
  });

  it("rejects no more than 5 % of the time when two variants are equally good (seeded simulation)", () => {
    const random = seededRandom(5);
    let rejected = 0;
    for (let trial = 0; trial < 4000; trial++) {
      let b = 0;
      let c = 0;
      for (let k = 0; k < 40; k++) {
        const u = random();
        if (u < 0.15) b += 1;
        else if (u < 0.3) c += 1;
      }
      if (mcnemarExact(b, c) <= 0.05) rejected += 1;
    }
    // An exact test is conservative: its size stays at or below α (measured 2.5 %).
    expect(rejected / 4000).toBeLessThanOrEqual(0.05);
    expect(rejected).toBeGreaterThan(0);
  });
});

describe("newcombePairedDifference", () => {
  it("matches the published square-and-add (method 10) interval for paired data", () => {
    // Fagerland, Lydersen & Laake (2014), "Recommended tests and confidence intervals for paired
    // binomial proportions", Stat Med 33:2850, Table V: complete response before and after
    // consolidation therapy (Cavo et al. 2012), 59 / 6 / 16 / 80 → −0.0621 (−0.1186 to −0.0046).
    // (Also the expected output in R package contingencytables, tests/testthat/test-ch8.R.)
    const [low, high] = newcombePairedDifference({ both: 59, onlyA: 6, onlyB: 16, neither: 80 });
    expect(low).toBeCloseTo(-0.1186, 4);
    expect(high).toBeCloseTo(-0.0046, 4);
  });

  it("reduces to the square-and-add of two Wilson intervals when φ is corrected to 0", () => {
    // both·neither − onlyA·onlyB = 3·3 − 2·2 = 5 ≤ n/2 = 5: Newcombe's correction sets φ = 0, so
    // L = d − √((pA − lA)² + (uB − pB)²) exactly; here pA = pB = 0.5 and d = 0.
    const [low, high] = newcombePairedDifference({ both: 3, onlyA: 2, onlyB: 2, neither: 3 });
    const [wilsonLow, wilsonHigh] = wilsonInterval(5, 10);
    expect(low).toBeCloseTo(-Math.hypot(0.5 - wilsonLow, wilsonHigh - 0.5), 12);
    expect(high).toBeCloseTo(Math.hypot(0.5 - wilsonLow, wilsonHigh - 0.5), 12);
  });

  it("stays inside [−1, 1], is [−1, 1] without cases, and shrinks as agreement grows", () => {
    expect(newcombePairedDifference({ both: 0, onlyA: 0, onlyB: 0, neither: 0 })).toEqual([-1, 1]);
    expect(() => newcombePairedDifference({ both: -1, onlyA: 0, onlyB: 0, neither: 3 })).toThrow(/both/);
    const [allLow, allHigh] = newcombePairedDifference({ both: 0, onlyA: 20, onlyB: 0, neither: 0 });
    expect(allLow).toBeGreaterThan(0);
    expect(allHigh).toBeLessThanOrEqual(1);
    // Same marginals (pA = 0.6, pB = 0.4), more concordance → a narrower interval.
    const loose = newcombePairedDifference({ both: 20, onlyA: 40, onlyB: 20, neither: 20 });
    const tight = newcombePairedDifference({ both: 40, onlyA: 20, onlyB: 0, neither: 40 });
    expect(tight[1] - tight[0]).toBeLessThan(loose[1] - loose[0]);
  });

  it("covers at least 93 % in a seeded simulation of 40 paired cases", () => {
    // Cells: both 0.45, only A 0.2, only B 0.1, neither 0.25 → true difference 0.1.
    const random = seededRandom(3);
    let covered = 0;
    const trials = 4000;
    for (let trial = 0; trial < trials; trial++) {
      const counts = { both: 0, onlyA: 0, onlyB: 0, neither: 0 };
      for (let k = 0; k < 40; k++) {
        const u = random();
        if (u < 0.45) counts.both += 1;
        else if (u < 0.65) counts.onlyA += 1;
        else if (u < 0.75) counts.onlyB += 1;
        else counts.neither += 1;
      }
      const [low, high] = newcombePairedDifference(counts);
      if (low <= 0.1 && 0.1 <= high) covered += 1;
    }
    expect(covered / trials).toBeGreaterThan(0.93); // measured 0.950
    expect(covered / trials).toBeLessThan(0.985);
  });
});
