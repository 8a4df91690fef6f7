import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { formatCost, formatUsd, hasNoPrice, NO_PRICE } from "./money";

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
