import { expect, it } from "vitest";
import { titleFrom } from "./title";

it("keeps short text whole and on one line", () => {
  expect(titleFrom("  How should we\n choose a model?  ")).toBe("How should we choose a model?");
});

it("cuts long text at the last word that fits, with an ellipsis", () => {
  const text = "Compare these three answers about caching strategies for a large multi-tenant web application please";
  const title = titleFrom(text, 40);
  expect(title).toBe("Compare these three answers about…");
  expect(title.length).toBeLessThanOrEqual(40);
});

it("cuts a single overlong word where it must", () => {
  expect(titleFrom("x".repeat(100), 10)).toBe(`${"x".repeat(9)}…`);
});
