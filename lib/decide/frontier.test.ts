import { describe, expect, it } from "vitest";
import { frontierPlots, paretoOptimal } from "./frontier";

describe("Pareto-optimal variants (pass rate ↑, cost or latency ↓)", () => {
  it("keeps exactly the points no other point beats on both axes", () => {
    const points = [
      { id: "cheap", x: 1, y: 0.6 }, // cheapest: optimal
      { id: "best", x: 5, y: 0.9 }, // best quality: optimal
      { id: "middle", x: 3, y: 0.8 }, // nobody is both cheaper and better: optimal
      { id: "dominated", x: 4, y: 0.7 }, // "middle" is cheaper (3 < 4) and better (0.8 > 0.7)
      { id: "tied-cost", x: 5, y: 0.85 }, // same cost as "best", lower quality
      { id: "no-cost", x: null, y: 1 }, // no figure: takes no part
    ];
    expect([...paretoOptimal(points)].sort()).toEqual(["best", "cheap", "middle"]);
  });

  it("keeps equal points both, and a single point alone", () => {
    expect([...paretoOptimal([{ id: "a", x: 2, y: 0.5 }, { id: "b", x: 2, y: 0.5 }])].sort()).toEqual(["a", "b"]);
    expect([...paretoOptimal([{ id: "a", x: 2, y: 0.5 }])]).toEqual(["a"]);
    expect(paretoOptimal([]).size).toBe(0);
  });

  it("turns intervals into whiskers below and above, and says which variants are left out", () => {
    const [cost, latency] = frontierPlots([
      { id: "a", name: "A", passRate: { estimate: 0.8, ci95: [0.6, 0.9] }, costPerUsefulAnswerUsd: { estimate: 0.01, ci95: [0.008, 0.015] }, totalMsP95: { estimate: 900, ci95: [800, 1000] } },
      { id: "b", name: "B", passRate: { estimate: 0.9, ci95: [0.7, 0.97] }, costPerUsefulAnswerUsd: { estimate: 0.02, ci95: null }, totalMsP95: { estimate: 500, ci95: [450, 700] } },
      { id: "c", name: "C", passRate: { estimate: 0, ci95: [0, 0.3] }, costPerUsefulAnswerUsd: { estimate: null, ci95: null }, totalMsP95: { estimate: 400, ci95: [400, 400] } },
    ]);
    expect(cost!.axis).toBe("cost_per_useful_answer_usd");
    const a = cost!.points.find((point) => point.id === "a")!;
    // 0.01 − 0.008 = 0.002 below, 0.015 − 0.01 = 0.005 above; 0.8 − 0.6 = 0.2, 0.9 − 0.8 = 0.1.
    expect(a.xError[0]).toBeCloseTo(0.002, 12);
    expect(a.xError[1]).toBeCloseTo(0.005, 12);
    expect(a.yError[0]).toBeCloseTo(0.2, 12);
    expect(a.yError[1]).toBeCloseTo(0.1, 12);
    expect(cost!.points.find((point) => point.id === "b")!.xError).toEqual([0, 0]);
    expect(cost!.points.map((point) => [point.id, point.onFrontier])).toEqual([["a", true], ["b", true]]);
    expect(cost!.frontier).toEqual([{ x: 0.01, y: 0.8 }, { x: 0.02, y: 0.9 }]);
    expect(cost!.leftOut).toEqual(["C: no answer passed, so no cost per useful answer"]);
    // Latency: B (500 ms, 90 %) beats A (900 ms, 80 %) on both; C is fastest.
    expect(latency!.points.map((point) => [point.id, point.onFrontier])).toEqual([["a", false], ["b", true], ["c", true]]);
    expect(latency!.frontier).toEqual([{ x: 400, y: 0 }, { x: 500, y: 0.9 }]);
  });
});
