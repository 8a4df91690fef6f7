import { describe, expect, it } from "vitest";
import { wilsonInterval } from "../stats/proportions";
import { formatPercent, formatRateWithInterval } from "./figures";

describe("formatRateWithInterval", () => {
  it("writes a pass rate with its Wilson interval and n", () => {
    // 184 of 200: z² = 3.8415, centre = (184 + 1.9207) / 203.8415 = 0.91208,
    // half = 1.96 × √(184 × 16 / 200 + 0.9604) / 203.8415 = 0.03807 → 0.8740 to 0.9502.
    expect(formatRateWithInterval(184 / 200, wilsonInterval(184, 200), 200)).toBe("92 % (87–95 %, n = 200)");
    expect(formatRateWithInterval(184 / 200, wilsonInterval(184, 200))).toBe("92 % (87–95 %)");
  });

  it("keeps a decimal where rounding would claim 0 % or 100 %", () => {
    // 199 of 200 = 99.5 %, Wilson 0.9722 to 0.9991; 3 of 200 = 1.5 %, 0.0051 to 0.0432.
    expect(formatRateWithInterval(199 / 200, wilsonInterval(199, 200), 200)).toBe("99.5 % (97–99.9 %, n = 200)");
    expect(formatRateWithInterval(3 / 200, wilsonInterval(3, 200))).toBe("2 % (1–4 %)");
    // 0 of 200: Wilson 0 to 1.96² / (200 + 1.96²) = 0.0188.
    expect(formatRateWithInterval(0, wilsonInterval(0, 200), 200)).toBe("0 % (0–2 %, n = 200)");
    expect(formatPercent(1)).toBe("100 %");
    expect(formatPercent(0)).toBe("0 %");
    expect(formatPercent(0.004)).toBe("0.4 %");
  });

  it("says nothing when nothing finished", () => {
    expect(formatRateWithInterval(null, null, 0)).toBe("—");
  });
});
