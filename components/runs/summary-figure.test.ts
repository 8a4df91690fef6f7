import { describe, expect, it } from "vitest";
import { splitFigure } from "./summary-figure";

describe("splitFigure", () => {
  it("puts p50 on top and labels p95 and p99 underneath", () => {
    expect(splitFigure("812 ms / 1.93 s / 2.14 s")).toEqual(["812 ms", "p95 1.93 s · p99 2.14 s"]);
    expect(splitFigure("— / — / —")).toEqual(["—", "p95 — · p99 —"]);
  });

  it("moves an interval under its figure", () => {
    expect(splitFigure("100 % (61–100 %, n = 6)")).toEqual(["100 %", "(61–100 %, n = 6)"]);
    expect(splitFigure("2 · 17 % (5–45 %)")).toEqual(["2 · 17 %", "(5–45 %)"]);
  });

  it("leaves other figures whole, a slash pair of token counts among them", () => {
    expect(splitFigure("1,234 / 5,678")).toEqual(["1,234 / 5,678", null]);
    expect(splitFigure("$0.0123")).toEqual(["$0.0123", null]);
    expect(splitFigure("sim-fast @16")).toEqual(["sim-fast @16", null]);
  });
});
