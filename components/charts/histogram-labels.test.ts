import { describe, expect, it } from "vitest";
import { histogramBinLabels } from "./histogram-labels";

describe("histogramBinLabels", () => {
  it("keeps whole milliseconds under a second", () => {
    expect(histogramBinLabels([120, 180, 240])).toEqual(["120–180 ms", "180–240 ms"]);
  });

  it("adds decimals until neighbouring edges differ, the same number on every label", () => {
    // 40 ms buckets above a second: one decimal would read "1.0–1.0 s".
    expect(histogramBinLabels([1000, 1040, 1080, 1120])).toEqual(["1.00–1.04 s", "1.04–1.08 s", "1.08–1.12 s"]);
    expect(histogramBinLabels([1000, 1500, 2000])).toEqual(["1.0–1.5 s", "1.5–2.0 s"]);
    expect(histogramBinLabels([2000, 4000, 6000])).toEqual(["2–4 s", "4–6 s"]);
  });

  it("goes down to the millisecond for one-millisecond buckets", () => {
    expect(histogramBinLabels([12_000, 12_001, 12_002])).toEqual(["12.000–12.001 s", "12.001–12.002 s"]);
  });

  it("labels every bucket distinctly for a run's twenty buckets", () => {
    const edges = Array.from({ length: 21 }, (_, k) => 950 + k * 7);
    const labels = histogramBinLabels(edges);
    expect(labels).toHaveLength(20);
    expect(new Set(labels).size).toBe(20);
    expect(labels[0]).toBe("0.950–0.957 s");
  });

  it("has no label without a bucket", () => {
    expect(histogramBinLabels([])).toEqual([]);
    expect(histogramBinLabels([300])).toEqual([]);
  });
});
