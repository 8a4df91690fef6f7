import { describe, expect, it } from "vitest";
import { rateColor, winRateGrid } from "./prepare-win-grid";

describe("win-rate grid", () => {
  it("gives each row's win rate against each column, ties as half, from either stored order", () => {
    const grid = winRateGrid(["x", "y", "z"], [
      { a: "x", b: "y", aWins: 6, bWins: 2, ties: 2 },
      { a: "y", b: "z", aWins: 0, bWins: 0, ties: 0 },
    ]);
    expect(grid[0]).toEqual([null, { rate: 0.7, n: 10 }, { rate: null, n: 0 }]);
    expect(grid[1]).toEqual([{ rate: 0.3, n: 10 }, null, { rate: null, n: 0 }]);
    expect(grid[2]![0]).toEqual({ rate: null, n: 0 });
  });

  it("colours wins green and losses red, stronger further from even", () => {
    expect(rateColor(null)).toBe("transparent");
    expect(rateColor(0.5)).toBe("rgba(22, 163, 74, 0.1)");
    expect(rateColor(1)).toBe("rgba(22, 163, 74, 0.6)");
    expect(rateColor(0)).toBe("rgba(220, 38, 38, 0.6)");
  });
});
