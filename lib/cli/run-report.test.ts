import { describe, expect, it } from "vitest";
import type { RunSummary, VariantStats } from "../runs/summary";
import { wilsonInterval } from "../stats/proportions";
import { costLine, summaryTable } from "./run-report";

const spent = (costUsd: string) => ({ costUsd });

describe("costLine", () => {
  it("sets the estimate against what every variant's calls cost, and the budget when there is one", () => {
    expect(costLine({ estimatedCostUsd: "0.1049", budgetUsd: null }, { variants: [spent("0.06000000"), spent("0.04490000")] })).toBe("estimated $0.1049 · spent $0.1049");
    expect(costLine({ estimatedCostUsd: "0.0069", budgetUsd: "0.01" }, { variants: [spent("0.0093")] })).toBe("estimated $0.00690 · spent $0.00930 of a $0.0100 budget");
    expect(costLine({ estimatedCostUsd: null, budgetUsd: null }, { variants: [] })).toBe("estimated — · spent $0");
  });

  it("shows judging apart from the answers' spend and adds it to the total", () => {
    expect(costLine({ estimatedCostUsd: "0.1", budgetUsd: "1", judgingCostUsd: "0.02" }, { variants: [spent("0.05"), spent("0.04")] })).toBe(
      "estimated $0.1000 · spent $0.0900 · $0.0200 judging · $0.1100 in total of a $1.0000 budget",
    );
  });
});

const stats: VariantStats = {
  variantId: "a",
  concurrency: null,
  items: 200,
  finished: 200,
  done: 197,
  errors: 3,
  passed: 184,
  attempts: 200,
  passRate: 184 / 200,
  errorRate: 3 / 200,
  passRateCi95: wilsonInterval(184, 200),
  errorRateCi95: wilsonInterval(3, 200),
  ttft: { p50: 100, p95: 200, p99: 250 },
  total: { p50: 800, p95: 1200, p99: 1500 },
  inputTokens: 0,
  outputTokens: 0,
  costUsd: "0.50000000",
  costPerUsefulAnswerUsd: "0.00271739",
  throughputPerSecond: 2,
};
const summary: RunSummary = { variants: [stats], levels: [], errorKinds: [], histogram: { edges: [], counts: [] }, baseline: null };

describe("summaryTable", () => {
  it("prints each pass rate with its Wilson interval and the items it rests on", () => {
    // 184 of 200 pass: Wilson 0.8740 to 0.9502 (worked out in lib/format/figures.test.ts).
    const lines = summaryTable({ kind: "replay", variants: [{ id: "a", name: "alpha", revision: 1, model: "", provider: "", simulated: false }] }, summary).split("\n");
    expect(lines[0]).toMatch(/^Variant +Done +Pass rate \(95 % CI\) +Errors +TTFT p50/);
    expect(lines[2]).toMatch(/^alpha +197\/200 +92 % \(87–95 %, n = 200\) +3 · /);
  });
});
