import { describe, expect, it } from "vitest";
import { forestDomain, forestRows } from "./prepare-forest";

describe("forest plot rows", () => {
  it("puts each difference between its interval ends, scaled, and leaves out rows without an interval", () => {
    const rows = forestRows(
      [
        { aName: "A", bName: "B", n: 200, difference: 0.06, ci95: [0.012, 0.108], significant: true },
        { aName: "A", bName: "C", n: 200, difference: null, ci95: null, significant: false },
        { aName: "B", bName: "C", n: 40, difference: -0.02, ci95: [-0.1, 0.05], significant: false },
      ],
      100,
    );
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({ label: "B − A", low: 1.2, high: 10.8, significant: true, n: 200 });
    expect(rows[0]!.difference).toBeCloseTo(6, 10);
    expect(rows[0]!.whisker[0]).toBeCloseTo(4.8, 10);
    expect(rows[0]!.whisker[1]).toBeCloseTo(4.8, 10);
    // The widest whisker reaches 10.8: the domain ends on the next round number, 20.
    expect(forestDomain(rows)).toEqual([-20, 20]);
    expect(forestDomain([{ ...rows[0]!, low: -477, high: 300 }])).toEqual([-500, 500]);
  });
});
