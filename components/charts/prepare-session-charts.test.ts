import { describe, expect, it } from "vitest";
import { cumulativeCostByTurn, latencyByTurn, seriesOf, totalsByColumn } from "./prepare-session-charts";

const metrics = (ttftMs: number | null, totalMs: number | null, costUsd: string | null, inputTokens = 10, outputTokens = 20) => ({ ttftMs, totalMs, costUsd, inputTokens, outputTokens });
const session = {
  columns: [
    { id: "a", label: "A", variant: { name: "fast" } },
    { id: "b", label: "B", variant: null },
  ],
  turns: [
    {
      index: 0,
      completions: [
        { columnId: "a", status: "done", metrics: metrics(100, 500, "0.001") },
        { columnId: "b", status: "error", metrics: metrics(null, 900, "0.0005", 10, 3) },
        { columnId: "b", status: "done", metrics: { ...metrics(300, 1200, "0.002"), cachedInputTokens: 6, reasoningTokens: 5 } }, // a retry: the latest answer counts
      ],
    },
    { index: 1, completions: [{ columnId: "a", status: "cancelled", metrics: metrics(120, 200, "0.0001", 30, 2) }] },
  ],
};

describe("session chart data", () => {
  it("names series by column, hiding blind variants", () => {
    expect(seriesOf(session).map((series) => series.name)).toEqual(["A · fast", "Variant B"]);
  });

  it("plots latency per turn with gaps where no answer completed", () => {
    expect(latencyByTurn(session, "ttftMs")).toEqual([
      { turn: "Turn 1", A: 100, B: 300 },
      { turn: "Turn 2", A: null, B: null },
    ]);
    expect(latencyByTurn(session, "totalMs")[0]).toEqual({ turn: "Turn 1", A: 500, B: 1200 });
  });

  it("accumulates cost over every call, failed attempts included", () => {
    expect(cumulativeCostByTurn(session)).toEqual([
      { turn: "Turn 1", A: 0.001, B: 0.0025 },
      { turn: "Turn 2", A: 0.0011, B: 0.0025 },
    ]);
  });

  it("totals tokens over the latest answers, and counts failures apart from stopped answers", () => {
    const [a, b] = totalsByColumn(session);
    expect(a).toMatchObject({ inputTokens: 40, outputTokens: 22, answers: 2, failures: 0, stopped: 1, costUsd: 0.0011 });
    expect(b).toMatchObject({ inputTokens: 10, outputTokens: 20, cachedInputTokens: 6, cacheWriteInputTokens: 0, reasoningTokens: 5, answers: 1, failures: 0, stopped: 0, costUsd: 0.0025 });
    expect(a).toMatchObject({ cachedInputTokens: 0, reasoningTokens: 0 });
  });
});
