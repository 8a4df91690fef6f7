import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { divideUsd, formatCost, formatUsd, hasNoPrice, NO_PRICE, sumUsd } from "./money";

describe("money", () => {
  it("formats USD with four decimals, five under a cent, and a dash for no figure", () => {
    expect(formatUsd(null)).toBe("—");
    expect(formatUsd(0)).toBe("$0");
    expect(formatUsd("0.00123")).toBe("$0.00123");
    expect(formatUsd(1.5)).toBe("$1.5000");
  });

  it("says a $0 cost for tokens used had no price, and leaves real costs and unused answers alone", () => {
    expect(formatCost("0", 120)).toBe(NO_PRICE);
    expect(formatCost(0, 1)).toBe("$0 — no price set");
    expect(formatCost(0, 0)).toBe("$0");
    expect(formatCost(0, null)).toBe("$0");
    expect(formatCost(null, 120)).toBe("—");
    expect(formatCost("0.0002", 120)).toBe("$0.00020");
  });

  it("is the one module that defines or re-exports formatUsd", () => {
    const root = path.resolve(import.meta.dirname, "../..");
    const sources = ["lib", "components", "app", "bin"].flatMap((dir) =>
      readdirSync(path.join(root, dir), { recursive: true, encoding: "utf8" }).filter((file) => /\.tsx?$/.test(file) && !file.includes("node_modules")).map((file) => path.join(dir, file)),
    );
    const exporting = sources.filter((file) => /export\s+(function|const)\s+formatUsd\b|export\s*\{[^}]*\bformatUsd\b/.test(readFileSync(path.join(root, file), "utf8")));
    expect(exporting).toEqual(["lib/format/money.ts"]);
  });

  it("knows a model without prices", () => {
    expect(hasNoPrice({ inputPricePerMTok: "0", outputPricePerMTok: "0" })).toBe(true);
    expect(hasNoPrice({ inputPricePerMTok: "0", outputPricePerMTok: "0.6" })).toBe(false);
  });
});

describe("money as decimal strings", () => {
  it("adds exactly where floats drift: ten calls of 0.1 cents make one cent", () => {
    expect(Array.from({ length: 10 }, () => 0.001).reduce((sum, cost) => sum + cost)).not.toBe(0.01);
    expect(sumUsd(Array.from({ length: 10 }, () => "0.001"))).toBe("0.01000000");
    expect(sumUsd(["0.0023125", "0.1", "2"])).toBe("2.10231250");
    expect(sumUsd([])).toBe("0.00000000");
  });

  it("shares a total over a count, rounded half up at the eighth place", () => {
    // 0.1 / 7 = 0.0142857142…: the ninth place is 1, so it rounds down.
    expect(divideUsd("0.1", 7)).toBe("0.01428571");
    // 0.00000005 / 2 = 0.000000025: a half, rounded up.
    expect(divideUsd("0.00000005", 2)).toBe("0.00000003");
    expect(divideUsd("0.5", 184)).toBe("0.00271739");
  });

  it("refuses what is not an amount", () => {
    expect(() => sumUsd(["1e-3"])).toThrow('Not an amount of USD: "1e-3"');
  });
});
