import { describe, expect, it } from "vitest";
import { matchesSearch } from "./text-search";

describe("matchesSearch", () => {
  it("matches everything on an empty or blank query", () => {
    expect(matchesSearch("", ["anything"])).toBe(true);
    expect(matchesSearch("   ", [])).toBe(true);
  });

  it("ignores case and finds a word inside a field", () => {
    expect(matchesSearch("TRIAGE", ["Demo · ticket triage"])).toBe(true);
    expect(matchesSearch("refund", ["Demo · ticket triage", "Sorts tickets by queue"])).toBe(false);
  });

  it("needs every word, each from any field", () => {
    expect(matchesSearch("triage queue", ["Demo · ticket triage", "Sorts tickets by queue"])).toBe(true);
    expect(matchesSearch("triage refund", ["Demo · ticket triage", "Sorts tickets by queue"])).toBe(false);
  });

  it("skips missing fields and never matches across two of them", () => {
    expect(matchesSearch("ab", ["a", null, undefined, "b"])).toBe(false);
    expect(matchesSearch("b", ["a", null, "b"])).toBe(true);
  });
});
