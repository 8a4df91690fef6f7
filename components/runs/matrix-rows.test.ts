import { describe, expect, it } from "vitest";
import { matrixRows } from "./matrix-rows";

const item = (id: string, caseKey: string, variantId: string, repetition = 0, concurrency: number | null = null) => ({
  id,
  caseKey,
  casePosition: concurrency === null ? Number(caseKey.slice(1)) : null,
  caseLabel: `label ${caseKey}`,
  variantId,
  repetition,
  concurrency,
});

describe("matrix rows", () => {
  it("groups items into a row per case and repetition with a cell per variant", () => {
    const rows = matrixRows([item("1", "c0", "a"), item("2", "c0", "b"), item("3", "c0", "a", 1), item("4", "c1", "a")], 2);
    expect(rows.map((row) => [row.label, Object.keys(row.cells)])).toEqual([
      ["Case 1 · rep 1", ["a", "b"]],
      ["Case 1 · rep 2", ["a"]],
      ["Case 2 · rep 1", ["a"]],
    ]);
    expect(rows[0]!.detail).toBe("label c0");
    expect(matrixRows([item("9", "load@4", "a", 2, 4)], 1)[0]!.label).toBe("Concurrency 4 · request 3");
  });
});
