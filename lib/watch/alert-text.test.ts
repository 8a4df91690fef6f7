import { describe, expect, it } from "vitest";
import { describeChange } from "./alert-text";

describe("describeChange", () => {
  it("says before, after, the change and its interval in the metric's unit", () => {
    expect(describeChange({ metric: "pass_rate", before: 0.95, after: 0.6, difference: -0.35, ci95: [-0.501, -0.202] })).toBe(
      "pass rate 95.0 % → 60.0 % (−35.0 points, 95 % CI −50.1 points to −20.2 points)",
    );
    expect(describeChange({ metric: "total_ms_p95", before: 410.4, after: 1290.6, difference: 880.2, ci95: [610, 1105.5] })).toBe(
      "p95 total time 410 ms → 1291 ms (+880 ms, 95 % CI +610 ms to +1106 ms)",
    );
    expect(describeChange({ metric: "output_tokens", before: null, after: 120, difference: null, ci95: null })).toBe("output length – → 120 tokens");
  });
});
