// What the evidence routes answer, as zod: GET /runs/{id}/comparisons, …/repetitions and
// …/robustness declare these as their responses (so the OpenAPI document and
// lib/api-client/runs.ts follow them); run-comparisons.ts, run-repetitions.ts and robustness.ts
// return their server side.
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

const share = z.object({ count, n: count, rate: z.number().nullable(), ci95: interval.nullable() }).describe("Cases with the property, of n cases, with a Wilson 95 % interval.");
const spread = z.object({ min: z.number(), q1: z.number(), median: z.number(), q3: z.number(), max: z.number() }).nullable();

export const runRepetitionsSchema = z.object({
  runId: z.string(),
  repetitions: count.describe("Planned repetitions per case."),
  variants: z.array(
    z.object({
      variantId: z.string(),
      name: z.string(),
      cases: count.describe("Cases with all planned repetitions finished: the shares are over these."),
      incompleteCases: count,
      passAtK: share,
      passHatK: share,
      flaky: share,
      changingAnswers: share,
    }),
  ),
  cases: z
    .array(
      z.object({
        caseKey: z.string(),
        variantId: z.string(),
        variantName: z.string(),
        label: z.string(),
        position: count.nullable(),
        k: count.describe("Finished repetitions."),
        passes: count,
        passAtK: z.boolean(),
        passHatK: z.boolean(),
        flaky: z.boolean(),
        totalMs: spread,
        outputTokens: spread,
        distinctAnswers: count,
      }),
    )
    .describe("Cases × variants, flakiest first, at most `limit` of them."),
  totalCases: count.describe("Cases × variants there are in all."),
});

export const runRobustnessSchema = z.object({
  runId: z.string(),
  noisy: z.boolean().describe("False when the run's dataset holds no noisy cases."),
  kinds: z.array(z.string()),
  drops: z.array(
    z.object({
      variantId: z.string(),
      variantName: z.string(),
      kind: z.string(),
      n: count.describe("Pairs (clean answer, noisy answer) with both finished."),
      cleanPassRate: z.number().nullable(),
      noisyPassRate: z.number().nullable(),
      drop: z.number().nullable().describe("Clean − noisy pass rate: positive = the noise made the variant fail more."),
      ci95: interval.nullable(),
      brokenByNoise: count,
      fixedByNoise: count,
      pValue: z.number().nullable(),
      pAdjusted: z.number().nullable(),
      significant: z.boolean(),
      sentence: z.string(),
    }),
  ),
});
