import { describe, expect, it } from "vitest";
import { binomialSampler } from "./binomial-sampler";
import { pairedBootstrap, percentileInterval } from "./bootstrap";
import { seededRandom } from "./random";

const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
const meanDifference = (a: number[], b: number[]) => mean(a) - mean(b);

describe("pairedBootstrap", () => {
  it("resamples pairs, not the two arrays independently", () => {
    // B is A plus exactly 1 on every case: any resample of PAIRS has a mean difference of exactly
    // −1, so the interval has zero width; resampling the arrays independently would not.
    const a = Array.from({ length: 30 }, (_, i) => (i * 37) % 11);
    const b = a.map((value) => value + 1);
    const result = pairedBootstrap(a, b, meanDifference, { seed: 3 });
    expect(result.estimate).toBeCloseTo(-1, 12);
    expect(result.ci[0]).toBeCloseTo(-1, 12);
    expect(result.ci[1]).toBeCloseTo(-1, 12);
    expect(result.resamples).toBe(2000);
  });

  it("is deterministic for a seed, different across seeds, and uses at least 1,000 resamples", () => {
    const random = seededRandom(9);
    const a = Array.from({ length: 40 }, () => random());
    const b = Array.from({ length: 40 }, () => random());
    const first = pairedBootstrap(a, b, meanDifference, { seed: 1, resamples: 1000 });
    expect(pairedBootstrap(a, b, meanDifference, { seed: 1, resamples: 1000 })).toEqual(first);
    expect(pairedBootstrap(a, b, meanDifference, { seed: 2, resamples: 1000 }).ci).not.toEqual(first.ci);
    expect(pairedBootstrap(a, b, meanDifference, { resamples: 10 }).resamples).toBe(1000);
    expect(() => pairedBootstrap([1], [1, 2], meanDifference)).toThrow(RangeError);
  });

  it("covers the true mean difference about 95 % of the time (seeded simulation, 30 correlated pairs)", () => {
    const random = seededRandom(17);
    let covered = 0;
    const trials = 300;
    for (let trial = 0; trial < trials; trial++) {
      // Case difficulty shared by both variants, plus noise; B is better by 0.3 on average.
      const difficulty = Array.from({ length: 30 }, () => random() * 4);
      const a = difficulty.map((value) => value + random());
      const b = difficulty.map((value) => value + random() + 0.3);
      const { ci } = pairedBootstrap(a, b, meanDifference, { seed: trial + 1, resamples: 1000 });
      if (ci[0] <= -0.3 && -0.3 <= ci[1]) covered += 1;
    }
    // Measured 0.943: percentile intervals at n = 30 run a little short of nominal.
    expect(covered / trials).toBeGreaterThan(0.9);
    expect(covered / trials).toBeLessThan(0.99);
  });
});

describe("percentileInterval", () => {
  it("reads the tails at rank p·(B + 1) (Davison & Hinkley 1997, §5.2)", () => {
    // B = 39 values 1..39: rank 0.025 × 40 = 1 → 1, rank 0.975 × 40 = 39 → 39.
    const close = ([low, high]: [number, number], expected: [number, number]) => {
      expect(low).toBeCloseTo(expected[0], 12);
      expect(high).toBeCloseTo(expected[1], 12);
    };
    close(percentileInterval(Array.from({ length: 39 }, (_, i) => 39 - i), 0.95), [1, 39]);
    // B = 199 values 1..199: ranks 5 and 195.
    close(percentileInterval(Array.from({ length: 199 }, (_, i) => i + 1), 0.95), [5, 195]);
    // B = 200: rank 5.025 → 5.025, rank 195.975 → 195.975 (interpolated).
    close(percentileInterval(Array.from({ length: 200 }, (_, i) => i + 1), 0.95), [5.025, 195.975]);
  });
});

describe("binomialSampler", () => {
  it("draws exactly the binomial distribution (inversion of the table)", () => {
    // Binomial(3, 1/2): P = 1/8, 3/8, 3/8, 1/8 → cumulative 0.125, 0.5, 0.875, 1.
    const draw = binomialSampler(3, 0.5);
    expect([0, 0.1249, 0.1251, 0.4999, 0.5001, 0.8749, 0.8751, 0.9999].map(draw)).toEqual([0, 0, 1, 1, 2, 2, 3, 3]);
    expect(binomialSampler(0, 0.3)(0.7)).toBe(0);
    expect(binomialSampler(5, 1)(0.2)).toBe(5);
    expect(binomialSampler(5, 0)(0.9)).toBe(0);
  });

  it("has mean np and variance np(1 − p) for large n (seeded)", () => {
    const draw = binomialSampler(2000, 0.3);
    const random = seededRandom(4);
    const values = Array.from({ length: 20_000 }, () => draw(random()));
    const average = mean(values);
    const variance = values.reduce((sum, value) => sum + (value - average) ** 2, 0) / (values.length - 1);
    expect(average).toBeGreaterThan(600 - 0.5); // np = 600, standard error 0.14
    expect(average).toBeLessThan(600 + 0.5);
    expect(variance / 420).toBeGreaterThan(0.96); // np(1 − p) = 420
    expect(variance / 420).toBeLessThan(1.04);
  });
});
