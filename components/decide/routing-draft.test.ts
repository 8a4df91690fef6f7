import { describe, expect, it } from "vitest";
import { policyDefinitionSchema } from "@/lib/decide/routing/policy";
import { fromDefinition, initialDraft, toDefinition } from "./routing-draft";

const variants = [
  { id: "id-a", name: "a" },
  { id: "id-b", name: "b" },
];

describe("the routing policy builder's draft", () => {
  it("starts as a valid cascade from the first variant to the last", () => {
    expect(policyDefinitionSchema.parse(toDefinition(initialDraft(["a", "b"])))).toEqual({ kind: "cascade", steps: ["a", "b"], escalateOn: { assertionFails: true, error: true } });
  });

  it("round-trips each kind, showing ids as the run's variant names", () => {
    const base = initialDraft(["a", "b"]);
    const definitions = [
      { kind: "route", rules: [{ tag: "math", variant: "id-a" }, { inputRegex: "^x", caseInsensitive: true, variant: "b" }], default: "b" },
      { kind: "cascade", steps: ["id-a", "b"], escalateOn: { assertionFails: false, error: true, judgeScoreBelow: 4 } },
      { kind: "fallback", primary: "a", fallbacks: ["id-b"], on: { kind: "timeout", ms: 2500 } },
    ].map((definition) => policyDefinitionSchema.parse(definition));
    const named = definitions.map((definition) => policyDefinitionSchema.parse(toDefinition(fromDefinition(definition, variants, base))));
    expect(named[0]).toEqual({ kind: "route", rules: [{ tag: "math", variant: "a" }, { inputRegex: "^x", caseInsensitive: true, variant: "b" }], default: "b" });
    expect(named[1]).toEqual({ kind: "cascade", steps: ["a", "b"], escalateOn: { assertionFails: false, error: true, judgeScoreBelow: 4 } });
    expect(named[2]).toEqual({ kind: "fallback", primary: "a", fallbacks: ["b"], on: { kind: "timeout", ms: 2500 } });
  });
});
