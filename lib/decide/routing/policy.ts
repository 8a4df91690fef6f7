// What a routing policy can say. One schema for the API, the CLI's policy file, saved versions and
// the page's builder. Variants are named by name or id, so a saved policy applies to any run that
// has those variants.
import { z } from "zod";
import { unsafeRegexReason } from "./safe-regex";

const variantRef = z.string().trim().min(1, "Name a variant (by name or id).").max(200);

const ruleSchema = z.union(
  [
    z.object({ tag: z.string().trim().min(1, "Give the tag to match.").max(200), variant: variantRef }).strict(),
    z
      .object({ inputRegex: z.string().min(1, "Give the regex to match the input with."), caseInsensitive: z.boolean().default(false), variant: variantRef })
      .strict()
      .superRefine((rule, context) => {
        const reason = unsafeRegexReason(rule.inputRegex, rule.caseInsensitive ? "i" : "");
        if (reason) context.addIssue({ code: "custom", message: reason, path: ["inputRegex"] });
      }),
  ],
  { error: "A rule is {tag, variant} or {inputRegex, variant}." },
);

export const policyDefinitionSchema = z.discriminatedUnion(
  "kind",
  [
    /** The first rule that matches a case picks its variant; no match → the default. One call. */
    z.object({ kind: z.literal("route"), rules: z.array(ruleSchema).max(50), default: variantRef }).strict(),
    /** Call the steps in order; move on while the answer fails, scores low or errors. */
    z
      .object({
        kind: z.literal("cascade"),
        steps: z.array(variantRef).min(2, "A cascade needs at least two steps.").max(10),
        escalateOn: z
          .object({
            assertionFails: z.boolean().default(true),
            /** Escalate when an LLM judge (1–5) scores the answer below this. */
            judgeScoreBelow: z.number().min(1).max(5).optional(),
            error: z.boolean().default(true),
          })
          .strict()
          .refine((on) => on.assertionFails || on.error || on.judgeScoreBelow !== undefined, "Escalate on at least one condition."),
      })
      .strict(),
    /** Call the primary; on an error (or a call slower than the timeout) try the fallbacks in order. */
    z
      .object({
        kind: z.literal("fallback"),
        primary: variantRef,
        fallbacks: z.array(variantRef).min(1, "Name at least one fallback.").max(10),
        on: z.discriminatedUnion("kind", [z.object({ kind: z.literal("error") }).strict(), z.object({ kind: z.literal("timeout"), ms: z.number().int().min(1).max(3_600_000) }).strict()], {
          error: 'on is {"kind": "error"} or {"kind": "timeout", "ms": N}.',
        }),
      })
      .strict(),
  ],
  { error: "kind is route, cascade or fallback." },
);

export type PolicyDefinition = z.infer<typeof policyDefinitionSchema>;
export type PolicyInput = z.input<typeof policyDefinitionSchema>;

/** "cascade v-small → v-large", for headings and the CLI. */
export function describePolicy(policy: PolicyDefinition, name: (ref: string) => string = (ref) => ref): string {
  switch (policy.kind) {
    case "route":
      return `route by ${policy.rules.length} ${policy.rules.length === 1 ? "rule" : "rules"}, else ${name(policy.default)}`;
    case "cascade":
      return `cascade ${policy.steps.map(name).join(" → ")}`;
    case "fallback":
      return `fallback ${[policy.primary, ...policy.fallbacks].map(name).join(" → ")} on ${policy.on.kind === "error" ? "an error" : `an error or > ${policy.on.ms} ms`}`;
  }
}
