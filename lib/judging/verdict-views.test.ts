import { describe, expect, it } from "vitest";
import { winsByVariantPair, type VerdictView } from "./verdict-views";

const side = (variant: string) => ({ completionId: `c-${variant}`, variantId: `id-${variant}`, variant });
const verdict = (a: string, b: string, choice: VerdictView["choice"], consistent: boolean | null = choice === null ? null : true): VerdictView => ({
  id: `${a}${b}${choice}`,
  caseKey: "case",
  repetition: 0,
  a: side(a),
  b: side(b),
  choiceAFirst: choice,
  choiceBFirst: choice,
  reasonAFirst: null,
  reasonBFirst: null,
  choice,
  consistent,
  error: null,
});

describe("winsByVariantPair", () => {
  it("counts each case on the same side of a pair of variants, whichever completion came first", () => {
    const wins = winsByVariantPair([verdict("beta", "alpha", "a"), verdict("alpha", "beta", "a"), verdict("alpha", "beta", "b"), verdict("beta", "alpha", "tie", false), verdict("alpha", "beta", "both_bad"), verdict("alpha", "beta", null)]);
    expect(wins).toEqual([
      { first: { id: "id-alpha", name: "alpha" }, second: { id: "id-beta", name: "beta" }, firstWins: 1, secondWins: 2, ties: 1, bothBad: 1, inconsistent: 1, errors: 1 },
    ]);
  });
});
