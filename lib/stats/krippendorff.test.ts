import { describe, expect, it } from "vitest";
import { krippendorffAlpha } from "./krippendorff";
import { seededRandom } from "./random";

describe("Krippendorff's alpha", () => {
  // The worked example of Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", C:
  // 4 observers, 12 units, values 1–5, gaps missing (unit 12 has one value and is not pairable).
  const observers = [
    [1, 2, 3, 3, 2, 1, 4, 1, 2, null, null, null],
    [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, null, 3],
    [null, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, null],
    [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, null],
  ];
  const units = observers[0]!.map((_, unit) => observers.map((observer) => observer[unit]).filter((value): value is number => value !== null));

  it("matches the published nominal, ordinal and interval values (0.743, 0.815, 0.849)", () => {
    expect(krippendorffAlpha(units, "nominal")).toBeCloseTo(0.743, 3);
    expect(krippendorffAlpha(units, "ordinal")).toBeCloseTo(0.815, 3);
    expect(krippendorffAlpha(units, "interval")).toBeCloseTo(0.849, 3);
    // Exact arithmetic for nominal from the same paper: n = 40 pairable values,
    // α = 1 − (n − 1)·Σ o_ck(c≠k) / Σ n_c n_k(c≠k) = 1 − 39 · 4 / 608 = 0.74342.
    expect(krippendorffAlpha(units, "nominal")).toBeCloseTo(1 - (39 * 4) / 608, 12);
  });

  it("orders but does not space ordinal values: relabelling 1..5 as 1, 2, 3, 10, 50 keeps ordinal α", () => {
    const relabel = new Map([[1, 1], [2, 2], [3, 3], [4, 10], [5, 50]]);
    const relabelled = units.map((unit) => unit.map((value) => relabel.get(value)!));
    expect(krippendorffAlpha(relabelled, "ordinal")).toBeCloseTo(krippendorffAlpha(units, "ordinal")!, 12);
    expect(krippendorffAlpha(relabelled, "interval")).not.toBeCloseTo(krippendorffAlpha(units, "interval")!, 2);
  });

  it("is 1 for perfect agreement and undefined without variation or pairable values", () => {
    for (const level of ["nominal", "ordinal", "interval"] as const) {
      expect(krippendorffAlpha([[1, 1], [2, 2], [3, 3]], level)).toBe(1);
      expect(krippendorffAlpha([[1, 1], [1, 1]], level)).toBeNull();
      expect(krippendorffAlpha([[1], [2]], level)).toBeNull();
    }
  });

  it("computes 20,000 ratings (4,000 units × 5 raters, values 1–5) from value counts, fast", () => {
    const random = seededRandom(5);
    const big = Array.from({ length: 4000 }, () => {
      const truth = 1 + Math.floor(random() * 5);
      return Array.from({ length: 5 }, () => Math.min(5, Math.max(1, truth + Math.round((random() - 0.5) * 2))));
    });
    const started = performance.now();
    const alpha = krippendorffAlpha(big, "ordinal");
    const elapsed = performance.now() - started;
    console.info(`Krippendorff ordinal, 20,000 ratings: ${elapsed.toFixed(1)} ms`);
    expect(alpha).toBeGreaterThan(0.7);
    expect(alpha).toBeLessThan(0.95);
    expect(elapsed).toBeLessThan(500); // generous: a pairwise O(ratings²) sum takes seconds here
  });
});
