import { describe, expect, it } from "vitest";
import { policyDefinitionSchema } from "./policy";
import { matchesInput, MAX_REGEX_INPUT, unsafeRegexReason } from "./safe-regex";

describe("routing regexes", () => {
  it.each(["^translate", "(?:foo|bar)baz", "\\d{3}-\\d{4}", "[(+]+x", "(ab)+c", "(?<year>\\d{4})", "colou?r"])("accepts %s", (pattern) => {
    expect(unsafeRegexReason(pattern)).toBeNull();
  });

  it.each([
    ["(a+)+$", "exponential"],
    ["(a|ab)*c", "exponential"],
    ["((ab)*)+", "exponential"],
    ["(\\w+\\s?)*$", "exponential"],
    ["(ab){2,}c", null],
    ["(b+){1,3}", "exponential"],
    ["(x)\\1", "Backreferences"],
    ["(", "not a valid"],
    ["a".repeat(201), "at most 200"],
  ])("judges %s", (pattern, reason) => {
    const found = unsafeRegexReason(pattern);
    if (reason === null) expect(found).toBeNull();
    else expect(found).toContain(reason);
  });

  it("looks at the first characters of an input only", () => {
    const late = `${"x".repeat(MAX_REGEX_INPUT)}needle`;
    expect(matchesInput(/needle/, late)).toBe(false);
    expect(matchesInput(/needle/, late.slice(10))).toBe(true);
  });

  it("refuses an unsafe regex in a policy, naming the field", () => {
    const parsed = policyDefinitionSchema.safeParse({ kind: "route", rules: [{ inputRegex: "(a+)+$", variant: "v" }], default: "v" });
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues[0]!.path).toEqual(["rules", 0, "inputRegex"]);
  });
});
