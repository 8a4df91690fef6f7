// What the scorecard API answers, as zod. `scorecardSchema` is the body every scorecard shares
// (a run's and a dataset's); the dataset routes declare the envelopes below, and the typed client
// (lib/api-client/datasets.ts) takes its types from them. Figures are numbers, costs included:
// they are estimates with intervals, not amounts of money.
import { z } from "zod";
import { isoDate } from "../api/iso-date";
import { scorecardMetrics } from "./scorecard-metrics";

const interval = z.tuple([z.number(), z.number()]);
const weightsByMetric = z.record(z.enum(scorecardMetrics), z.number());

const figureSchema = z.object({
  estimate: z.number().nullable(),
  ci95: interval.nullable(),
  n: z.number().int(),
  note: z.string().nullable().describe('Why there is no figure ("no noisy cases"); null when there is one.'),
});

const frontierSchema = z.object({
  axis: z.enum(["cost_per_useful_answer_usd", "total_ms_p95"]),
  points: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      x: z.number(),
      y: z.number(),
      xError: interval,
      yError: interval,
      xCi95: interval.nullable(),
      yCi95: interval.nullable(),
      onFrontier: z.boolean(),
    }),
  ),
  frontier: z.array(z.object({ x: z.number(), y: z.number() })),
  leftOut: z.array(z.string()),
});

export const scorecardSchema = z.object({
  cases: z.number().int().describe("Test cases the variants answered: the unit of every bootstrap."),
  resamples: z.number().int(),
  seed: z.number().int(),
  metrics: z.array(
    z.object({
      metric: z.enum(scorecardMetrics),
      label: z.string(),
      unit: z.enum(["share", "ms", "usd", "tokens"]),
      higherIsBetter: z.boolean(),
      weight: z.number(),
      counted: z.boolean().describe("Enters the score (weight above 0 and a figure for every variant)."),
    }),
  ),
  rows: z
    .array(
      z.object({
        variantId: z.string(),
        name: z.string(),
        rank: z.number().int(),
        tier: z.number().int(),
        score: z.number().nullable(),
        scoreCi95: interval.nullable(),
        figures: z.record(z.enum(scorecardMetrics), figureSchema),
        next: z
          .object({ difference: z.number(), ci95: interval.nullable(), separable: z.boolean(), variantId: z.string(), name: z.string(), sentence: z.string() })
          .nullable()
          .describe("Against the next variant down in the ranking."),
      }),
    )
    .describe("In rank order."),
  frontiers: z.array(frontierSchema),
  notes: z.array(z.string()),
});

const weightsFrom = z.enum(["request", "dataset", "defaults"]);

export const datasetScorecardSchema = z.object({
  scorecard: scorecardSchema.extend({
    dataset: z.object({ id: z.string(), name: z.string() }),
    sources: z.array(z.object({ variantId: z.string(), variantName: z.string(), runId: z.string(), runName: z.string(), createdAt: isoDate })).describe("The run each variant's figures come from."),
    weightsFrom,
  }),
});

export const datasetWeightsSchema = z.object({
  weights: z.object({ datasetId: z.string(), weights: weightsByMetric, saved: z.boolean().describe("False while the dataset has none saved (the defaults apply).") }),
});
