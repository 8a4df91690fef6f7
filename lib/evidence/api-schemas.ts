// What the evidence routes answer, as zod: GET /runs/{id}/comparisons declares it as its response
// (so the OpenAPI document and lib/api-client/runs.ts follow it); run-comparisons.ts returns it.
import { z } from "zod";
import { comparisonMetrics } from "./paired-comparison";

const interval = z.tuple([z.number(), z.number()]);
const count = z.number().int();

const planSchema = z.object({
  have: count.describe("Paired cases in hand."),
  targets: z.array(
    z.object({
      difference: z.number().describe("The pass-rate difference to detect, in proportion points (0.05 = 5 points)."),
      source: z.enum(["stated", "observed"]),
      discordantShare: z.number(),
      needed: count.nullable().describe("Paired cases needed (80 % power, two-sided α = 0.05); null when effectively tied."),
      effectivelyTied: z.boolean(),
    }),
  ),
  effectivelyTied: z.boolean(),
  sentence: z.string(),
});

export const namedComparisonSchema = z.object({
  metric: z.enum(comparisonMetrics),
  a: z.string().describe("A variant id (a run id when two runs are compared)."),
  b: z.string(),
  n: count.describe("Paired units the figure rests on."),
  aValue: z.number().nullable(),
  bValue: z.number().nullable(),
  difference: z.number().nullable().describe("B − A (pass rate: in proportion points, 0.06 = 6 points)."),
  ci95: interval.nullable(),
  pValue: z.number().nullable(),
  pAdjusted: z.number().nullable().describe("After Holm across the pairs of the run."),
  significant: z.boolean(),
  small: z.boolean().describe("Fewer paired units than a stable estimate needs."),
  counts: z.object({ both: count, onlyA: count, onlyB: count, neither: count }).optional().describe("Pass rate: the 2×2 table of paired outcomes."),
  ratio: z.object({ estimate: z.number(), ci95: interval.nullable() }).optional().describe("Latency percentiles: B ÷ A with its interval."),
  aName: z.string(),
  bName: z.string(),
  kind: z.enum(["variants", "runs"]).describe('"variants": two variants of this run; "runs": one variant in two runs (a = the other run).'),
  variantId: z.string().nullable(),
  sentence: z.string(),
  plan: planSchema.nullable().describe("Pass rates not called different: the cases a 5-point (or the observed) difference would need."),
});

/** A list of comparisons in its plural, with what they compare. */
export const runComparisonsSchema = z.object({
  runId: z.string(),
  against: z.object({ id: z.string(), name: z.string().nullable() }).nullable(),
  comparisons: z.array(namedComparisonSchema),
});
