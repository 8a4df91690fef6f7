// What an assertion can be. One schema for test cases, runs, the API, the CLI and the UI form.
import { z } from "zod";

const text = z.string().min(1, "Give the text to look for.").max(10_000);

export const assertionSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("contains"), value: text, caseSensitive: z.boolean().default(false) }).strict(),
  z.object({ type: z.literal("not_contains"), value: text, caseSensitive: z.boolean().default(false) }).strict(),
  z
    .object({ type: z.literal("regex"), pattern: z.string().min(1).max(2_000), flags: z.string().regex(/^[imsu]*$/, "Regex flags may be i, m, s and u.").default("") })
    .strict()
    .refine((assertion) => isValidRegex(assertion.pattern, assertion.flags), "That is not a valid regular expression."),
  /** Without a value, the test case's expected output. */
  z.object({ type: z.literal("equals"), value: z.string().max(200_000).optional(), trim: z.boolean().default(true) }).strict(),
  z.object({ type: z.literal("is_json") }).strict(),
  z.object({ type: z.literal("json_schema"), schema: z.record(z.string(), z.unknown()) }).strict(),
  z.object({ type: z.literal("max_latency_ms"), value: z.number().positive(), metric: z.enum(["total", "ttft"]).default("total") }).strict(),
  z.object({ type: z.literal("max_cost_usd"), value: z.number().positive() }).strict(),
  /** Word-level similarity (0–1) to the baseline run's answer for the same case and variant. */
  z.object({ type: z.literal("similar_to_baseline"), minRatio: z.number().min(0).max(1).default(0.8) }).strict(),
  /** Another variant grades the answer 1–5 against a rubric; passes at minScore or above. */
  z
    .object({ type: z.literal("llm_judge"), rubric: z.string().min(1, "Write the rubric the judge grades by.").max(20_000), judgeVariantId: z.uuid(), minScore: z.number().min(1).max(5).default(4) })
    .strict(),
]);

export type Assertion = z.infer<typeof assertionSchema>;
export type AssertionType = Assertion["type"];
export const assertionsSchema = z.array(assertionSchema).max(50);

function isValidRegex(pattern: string, flags: string): boolean {
  try {
    new RegExp(pattern, flags);
    return true;
  } catch {
    return false;
  }
}
