// The policy builder's state: one draft holds the fields of all three kinds, so switching kind
// and back keeps what was chosen. Pure: the definition sent to the API is made here.
import type { PolicyDefinition, PolicyInput } from "@/lib/decide/routing/policy";

export type PolicyKind = PolicyDefinition["kind"];

export interface RuleDraft {
  match: "tag" | "inputRegex";
  value: string;
  caseInsensitive: boolean;
  variant: string;
}

export interface PolicyDraft {
  kind: PolicyKind;
  rules: RuleDraft[];
  defaultVariant: string;
  steps: string[];
  escalateOnAssertionFails: boolean;
  escalateOnError: boolean;
  /** Empty: the judge score is not a condition. */
  judgeScoreBelow: string;
  primary: string;
  fallbacks: string[];
  on: "error" | "timeout";
  timeoutMs: string;
}

/** A cascade from the first variant to the last, the other kinds filled in likewise. */
export function initialDraft(variantNames: string[]): PolicyDraft {
  const first = variantNames[0] ?? "";
  const last = variantNames.at(-1) ?? "";
  return {
    kind: "cascade",
    rules: [{ match: "tag", value: "", caseInsensitive: false, variant: first }],
    defaultVariant: last,
    steps: [first, last],
    escalateOnAssertionFails: true,
    escalateOnError: true,
    judgeScoreBelow: "",
    primary: first,
    fallbacks: [last],
    on: "error",
    timeoutMs: "10000",
  };
}

/** What the API validates; numbers typed as text go as numbers (a bad one is the API's 400). */
export function toDefinition(draft: PolicyDraft): PolicyInput {
  switch (draft.kind) {
    case "route":
      return {
        kind: "route",
        rules: draft.rules.map((rule) => (rule.match === "tag" ? { tag: rule.value, variant: rule.variant } : { inputRegex: rule.value, caseInsensitive: rule.caseInsensitive, variant: rule.variant })),
        default: draft.defaultVariant,
      };
    case "cascade":
      return {
        kind: "cascade",
        steps: draft.steps,
        escalateOn: {
          assertionFails: draft.escalateOnAssertionFails,
          error: draft.escalateOnError,
          ...(draft.judgeScoreBelow.trim() !== "" && { judgeScoreBelow: Number(draft.judgeScoreBelow) }),
        },
      };
    case "fallback":
      return { kind: "fallback", primary: draft.primary, fallbacks: draft.fallbacks, on: draft.on === "error" ? { kind: "error" } : { kind: "timeout", ms: Number(draft.timeoutMs) } };
  }
}

/** A saved definition back in the builder. Saved policies may name variants by id: shown by the
 * run's name for it when the run has that variant. */
export function fromDefinition(definition: PolicyDefinition, variants: Array<{ id: string; name: string }>, base: PolicyDraft): PolicyDraft {
  const name = (ref: string) => variants.find((variant) => variant.id === ref)?.name ?? ref;
  switch (definition.kind) {
    case "route":
      return {
        ...base,
        kind: "route",
        rules: definition.rules.map((rule) =>
          "tag" in rule ? { match: "tag", value: rule.tag, caseInsensitive: false, variant: name(rule.variant) } : { match: "inputRegex", value: rule.inputRegex, caseInsensitive: rule.caseInsensitive, variant: name(rule.variant) },
        ),
        defaultVariant: name(definition.default),
      };
    case "cascade":
      return {
        ...base,
        kind: "cascade",
        steps: definition.steps.map(name),
        escalateOnAssertionFails: definition.escalateOn.assertionFails,
        escalateOnError: definition.escalateOn.error,
        judgeScoreBelow: definition.escalateOn.judgeScoreBelow === undefined ? "" : String(definition.escalateOn.judgeScoreBelow),
      };
    case "fallback":
      return { ...base, kind: "fallback", primary: name(definition.primary), fallbacks: definition.fallbacks.map(name), on: definition.on.kind, timeoutMs: definition.on.kind === "timeout" ? String(definition.on.ms) : base.timeoutMs };
  }
}
