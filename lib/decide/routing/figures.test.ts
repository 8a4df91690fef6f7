import { describe, expect, it } from "vitest";
import { drawIndices } from "../../stats/bootstrap";
import { seededRandom } from "../../stats/random";
import { columnsOf, figuresOf, resampledFigures } from "./figures";
import type { CaseProjection } from "./project";

/** Equal to `digits` decimals; "no figure" (NaN here, null in figuresOf) only equals itself. */
function expectSame(actual: number, expected: number | null, digits: number) {
  if (expected === null) expect(actual).toBeNaN();
  else expect(actual).toBeCloseTo(expected, digits);
}

describe("resampled figures", () => {
  it("read from draw counts, equal the figures of the resampled cases themselves", () => {
    const random = seededRandom(42);
    for (const n of [1, 2, 5, 37]) {
      // Coarse latencies make ties; some errors leave cases without a latency.
      const arm: CaseProjection[] = Array.from({ length: n }, (_, k) => ({
        caseKey: `k${k}`,
        calls: ["v"],
        costUsd: Math.round(random() * 100) / 1e4,
        latencyMs: Math.round(random() * 5) * 100,
        passed: random() < 0.6,
        error: random() < 0.2,
      }));
      const columns = columnsOf(arm);
      for (let draw = 0; draw < 50; draw++) {
        const indices = drawIndices(n, random);
        const drawn = new Int32Array(n);
        for (const index of indices) drawn[index]!++;
        const fast = resampledFigures(columns, drawn, n);
        const slow = figuresOf(Array.from(indices, (index) => arm[index]!));
        expectSame(fast.passRate, slow.passRate, 12);
        expectSame(fast.errorRate, slow.errorRate, 12);
        expectSame(fast.costPerUsefulAnswerUsd, slow.costPerUsefulAnswerUsd, 12);
        expectSame(fast.latencyP50Ms, slow.latencyP50Ms, 9);
        expectSame(fast.latencyP95Ms, slow.latencyP95Ms, 9);
      }
    }
  });
});
