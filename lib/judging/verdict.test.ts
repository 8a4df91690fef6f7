import { describe, expect, it } from "vitest";
import { combine, pairPrompt, parsePairVerdict, toChoice } from "./verdict";

describe("the pairwise judge's verdict", () => {
  it("shows the rubric, the question and both answers labelled by position", () => {
    const [system, user] = pairPrompt("Be right.", "Capital of France?", "Paris", "Lyon");
    expect(system!.role).toBe("system");
    expect(system!.content).toContain('"winner": "first" | "second" | "tie" | "both_bad"');
    expect(user!.content).toBe("Rubric:\nBe right.\n\nQuestion:\nCapital of France?\n\nAnswer 1:\nParis\n\nAnswer 2:\nLyon");
  });

  it("reads the winner from JSON wrapped in prose or a code fence, in the ways judges spell it", () => {
    expect(parsePairVerdict('Sure.\n```json\n{"winner": "first", "reason": "It is right."}\n```')).toEqual({ winner: "first", reason: "It is right." });
    expect(parsePairVerdict('{"winner": "Answer 2"}')).toEqual({ winner: "second", reason: "" });
    expect(parsePairVerdict('{"winner": "both bad", "reason": "x"}')?.winner).toBe("both_bad");
    expect(parsePairVerdict('{"winner": "Both-Bad"}')?.winner).toBe("both_bad");
    expect(parsePairVerdict('{"winner": 1}')?.winner).toBe("first");
    expect(parsePairVerdict("TIE")).toBeNull();
    expect(parsePairVerdict('{"winner": "maybe"}')).toBeNull();
    expect(parsePairVerdict('{"winner": "first"')).toBeNull();
  });

  it("maps each order's winner back to A or B", () => {
    expect(toChoice("first", "aFirst")).toBe("a");
    expect(toChoice("second", "aFirst")).toBe("b");
    expect(toChoice("first", "bFirst")).toBe("b");
    expect(toChoice("second", "bFirst")).toBe("a");
    expect(toChoice("tie", "bFirst")).toBe("tie");
    expect(toChoice("both_bad", "aFirst")).toBe("both_bad");
  });

  it("keeps a verdict both orders agree on, turns one that flips with the order into an inconsistent tie, and has none when an order is missing", () => {
    expect(combine("a", "a")).toEqual({ choice: "a", consistent: true });
    expect(combine("both_bad", "both_bad")).toEqual({ choice: "both_bad", consistent: true });
    // A judge that always says "first" picks A when A is first and B when B is first.
    expect(combine(toChoice("first", "aFirst"), toChoice("first", "bFirst"))).toEqual({ choice: "tie", consistent: false });
    expect(combine("tie", "both_bad")).toEqual({ choice: "tie", consistent: false });
    expect(combine(null, "a")).toEqual({ choice: null, consistent: null });
    expect(combine("b", null)).toEqual({ choice: null, consistent: null });
  });
});
