import { describe, expect, it } from "vitest";
import { percentile } from "./percentile";
import { seededRandom } from "./random";
import { percentileInPlace, selectInPlace } from "./select";

describe("percentileInPlace", () => {
  it("gives exactly percentile()'s value, on values with many ties, in order, reversed and random", () => {
    const random = seededRandom(7);
    const shapes = [
      (n: number) => Array.from({ length: n }, () => Math.floor(random() * 5)),
      (n: number) => Array.from({ length: n }, () => random() * 1000),
      (n: number) => Array.from({ length: n }, (_, k) => k),
      (n: number) => Array.from({ length: n }, (_, k) => n - k),
      (n: number) => Array.from({ length: n }, () => 42),
    ];
    for (const n of [1, 2, 3, 7, 64, 501]) {
      for (const shape of shapes) {
        const values = shape(n);
        for (const p of [0, 0.05, 0.25, 0.5, 0.9, 0.95, 0.99, 1]) expect(percentileInPlace(Float64Array.from(values), p)).toBe(percentile(values, p));
      }
    }
  });

  it("is null for no values", () => {
    expect(percentileInPlace(new Float64Array(0), 0.5)).toBeNull();
  });

  it("leaves the k-th smallest at k, nothing smaller after it and nothing larger before it", () => {
    const values = Float64Array.from([5, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]);
    selectInPlace(values, 4);
    expect(values[4]).toBe(4);
    expect([...values.slice(0, 4)].every((value) => value <= 4)).toBe(true);
    expect([...values.slice(5)].every((value) => value >= 4)).toBe(true);
  });
});
