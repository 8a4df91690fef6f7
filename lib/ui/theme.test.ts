import { describe, expect, it } from "vitest";
import { parseThemeChoice } from "./theme";

describe("parseThemeChoice", () => {
  it("keeps the three known choices", () => {
    expect(parseThemeChoice("light")).toBe("light");
    expect(parseThemeChoice("dark")).toBe("dark");
    expect(parseThemeChoice("system")).toBe("system");
  });

  it("falls back to following the system for anything else", () => {
    expect(parseThemeChoice(undefined)).toBe("system");
    expect(parseThemeChoice(null)).toBe("system");
    expect(parseThemeChoice("Dark")).toBe("system");
    expect(parseThemeChoice("sepia")).toBe("system");
  });
});
