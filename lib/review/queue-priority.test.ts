// The queue's order of variant pairs on a made-up board: unlinked first, then overlapping
// neighbours by overlap ÷ (1 + head-to-head votes), then the rest by fewest votes.
import { describe, expect, it } from "vitest";
import { pickVariantPair, rankVariantPairs, type BoardView } from "./queue-priority";

// Group 0, best first: A [1100, 1200] well above B [950, 1050], which overlaps C [980, 1040] by
// 60 points; C overlaps D [900, 1020] below it by 40 points.
// Group 1: E alone. F has no votes.
const board: BoardView = {
  variants: [
    { id: "A", low: 1100, high: 1200, group: 0 },
    { id: "B", low: 950, high: 1050, group: 0 },
    { id: "C", low: 980, high: 1040, group: 0 },
    { id: "D", low: 900, high: 1020, group: 0 },
    { id: "E", low: 800, high: 1200, group: 1 },
  ],
  separation: [
    { above: "A", below: "B", overlapping: false, headToHead: 10 },
    // Overlap of B and C: min(1050, 1040) − max(950, 980) = 60 points; 2 votes → 60 / 3 = 20.
    { above: "B", below: "C", overlapping: true, headToHead: 2 },
    // Overlap of C and D: min(1040, 1020) − max(980, 900) = 40 points; 0 votes → 40 / 1 = 40.
    { above: "C", below: "D", overlapping: true, headToHead: 0 },
  ],
  matrix: [
    { a: "A", b: "B", n: 10, bothBad: 0 },
    { a: "B", b: "C", n: 2, bothBad: 1 },
    { a: "A", b: "D", n: 1, bothBad: 0 },
    { a: "A", b: "C", n: 4, bothBad: 0 },
  ],
};
const open = (x: string, y: string) => ({ x, y, open: 3 });

describe("rankVariantPairs", () => {
  it("puts unlinked pairs first, then overlapping neighbours by score, then the least voted", () => {
    const ranked = rankVariantPairs([open("A", "B"), open("A", "C"), open("B", "C"), open("C", "D"), open("A", "D"), open("A", "E"), open("B", "F")], board);
    expect(ranked.map((pair) => [`${pair.x}${pair.y}`, pair.tier, pair.score])).toEqual([
      // Unlinked: A–E (separate groups) and B–F (F unrated), no votes between either.
      ["AE", 0, -0],
      ["BF", 0, -0],
      ["CD", 1, 40],
      ["BC", 1, 20],
      // The rest by fewest votes: A–D 1, A–C 4, A–B 10 (separated neighbours, however few votes).
      ["AD", 2, -1],
      ["AC", 2, -4],
      ["AB", 2, -10],
    ]);
  });

  it("falls back to the least-voted pair when the board is empty", () => {
    const empty: BoardView = { variants: [], separation: [], matrix: [] };
    expect(rankVariantPairs([open("A", "B"), open("C", "D")], empty).every((pair) => pair.tier === 0)).toBe(true);
    // Votes are counted from the matrix, both-bad votes included: B–C has 3, A–B 10.
    const thin = rankVariantPairs([open("A", "B"), open("B", "C")], { ...board, variants: [], separation: [] });
    expect(thin.map((pair) => `${pair.x}${pair.y}`)).toEqual(["BC", "AB"]);
  });
});

describe("pickVariantPair", () => {
  it("chooses among the equally best pairs only", () => {
    const ranked = rankVariantPairs([open("A", "E"), open("B", "F"), open("C", "D")], board);
    expect(pickVariantPair(ranked, () => 0)).toMatchObject({ x: "A", y: "E" });
    expect(pickVariantPair(ranked, () => 0.99)).toMatchObject({ x: "B", y: "F" });
    expect(pickVariantPair([], () => 0)).toBeNull();
  });
});
