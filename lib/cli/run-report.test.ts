import { describe, expect, it } from "vitest";
import type { VariantStats } from "../runs/summary";
import { costLine } from "./run-report";

const spent = (costUsd: number) => ({ costUsd }) as VariantStats;

describe("costLine", () => {
  it("sets the estimate against what every variant's calls cost, and the budget when there is one", () => {
    expect(costLine({ estimatedCostUsd: 0.1049, budgetUsd: null }, { variants: [spent(0.06), spent(0.0449)] })).toBe("estimated $0.1049 · spent $0.1049");
    expect(costLine({ estimatedCostUsd: 0.0069, budgetUsd: 0.01 }, { variants: [spent(0.0093)] })).toBe("estimated $0.006900 · spent $0.009300 of a $0.0100 budget");
    expect(costLine({ estimatedCostUsd: null, budgetUsd: null }, { variants: [] })).toBe("estimated – · spent $0.000000");
  });
});
