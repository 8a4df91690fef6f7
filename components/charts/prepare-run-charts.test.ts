import { describe, expect, it } from "vitest";
import { costByVariant, latencyHistogram, percentilesByConcurrency } from "./prepare-run-charts";

const variants = [
  { id: "a", name: "alpha" },
  { id: "b", name: "beta" },
];
const stats = (variantId: string, concurrency: number | null, p95: number | null, costUsd = "0.10000000", perUseful: string | null = "0.01000000") => ({
  variantId,
  concurrency,
  total: { p50: p95 === null ? null : p95 / 2, p95, p99: p95 === null ? null : p95 * 1.2 },
  costUsd,
  costPerUsefulAnswerUsd: perUseful,
  throughputPerSecond: 3,
});

describe("run charts", () => {
  it("histogram: a row per bucket with a count per variant, zeros where nothing fell", () => {
    const { rows, series } = latencyHistogram(
      {
        variants: [],
        levels: [],
        histogram: {
          edges: [100, 600, 1100, 1600],
          counts: [
            { variantId: "a", bucket: 0, count: 3 },
            { variantId: "b", bucket: 2, count: 5 },
          ],
        },
      },
      variants,
    );
    expect(series.map((item) => [item.key, item.name])).toEqual([
      ["v0", "alpha"],
      ["v1", "beta"],
    ]);
    expect(rows).toEqual([
      { bucket: "0.1–0.6 s", v0: 3, v1: 0 },
      { bucket: "0.6–1.1 s", v0: 0, v1: 0 },
      { bucket: "1.1–1.6 s", v0: 0, v1: 5 },
    ]);
    expect(latencyHistogram({ variants: [], levels: [], histogram: { edges: [], counts: [] } }, variants).rows).toEqual([]);
  });

  it("percentiles by concurrency, in level order, gaps kept", () => {
    const rows = percentilesByConcurrency({ variants: [], levels: [stats("a", 16, 900), stats("a", 1, 400), stats("a", 4, null)], histogram: { edges: [], counts: [] } });
    expect(rows.map((row) => [row.concurrency, row.p95])).toEqual([
      [1, 400],
      [4, null],
      [16, 900],
    ]);
  });

  it("cost per variant in run order, with cost per useful answer", () => {
    expect(costByVariant({ variants: [stats("b", null, 1, "0.50000000", null), stats("a", null, 1, "0.20000000", "0.02000000")], levels: [], histogram: { edges: [], counts: [] } }, variants)).toEqual([
      { name: "alpha", color: "var(--chart-1)", costUsd: 0.2, perUsefulUsd: 0.02 },
      { name: "beta", color: "var(--chart-2)", costUsd: 0.5, perUsefulUsd: null },
    ]);
  });
});
