// What POST /runs/{id}/routing answers, as zod: the route declares it as its response (so the
// OpenAPI document and lib/api-client/runs.ts follow it); run-what-if.ts returns it. The figures
// are projections with bootstrap intervals, so their money stays a number, as the statistics' do.
import { z } from "zod";

const interval = z.tuple([z.number(), z.number()]).nullable();

const armSchema = z.object({
  cases: z.number().int(),
  passRate: z.number().nullable(),
  errorRate: z.number().nullable(),
  costUsd: z.number(),
  costPerUsefulAnswerUsd: z.number().nullable(),
  latencyP50Ms: z.number().nullable(),
  latencyP95Ms: z.number().nullable(),
  callsPerCase: z.number().nullable().describe("Calls per case on average: above 1 when a cascade escalates or a fallback fires."),
  intervals: z.object({ passRate: interval, errorRate: interval, costPerUsefulAnswerUsd: interval, latencyP50Ms: interval, latencyP95Ms: interval }),
  passRateVersusBest: z.object({ difference: z.number().nullable(), ci95: interval }).describe("This arm's pass rate minus the best single variant's, with its paired 95 % interval."),
});

export const routingProjectionSchema = z.object({
  runId: z.string(),
  saved: z.object({ policyId: z.string(), name: z.string(), version: z.number().int() }).nullable().describe("The saved policy and version projected, when it was one."),
  policy: z
    .looseObject({ kind: z.enum(["route", "cascade", "fallback"]), description: z.string() })
    .describe("The policy projected: its definition (as POST /routing-policies takes it) and a description."),
  result: armSchema.extend({ escalatedCases: z.number().int() }).describe("The policy on the same cases as the variants."),
  variants: z.array(armSchema.extend({ id: z.string(), name: z.string() })),
  bestVariantId: z.string().nullable(),
  cases: z.number().int(),
  casesLeftOut: z.number().int(),
  repetition: z.literal(0),
  resamples: z.number().int(),
  seed: z.number().int(),
  sentence: z.string(),
});
