// What the watch API answers, as zod: the routes declare these as their responses (so the
// OpenAPI document and the typed client follow them) and the services return their server side.
import { z } from "zod";
import { isoDate } from "../api/iso-date";
import { driftMetrics } from "./drift-tests";

export const watchViewSchema = z.object({
  id: z.string(),
  name: z.string(),
  /** "name@version", or null once the prompt version is gone. */
  prompt: z.string().nullable(),
  promptVersionId: z.string(),
  dataset: z.string().nullable(),
  datasetId: z.string(),
  variants: z.array(z.object({ id: z.string(), name: z.string().nullable() })),
  assertions: z.unknown().describe("The assertions every answer is checked with, as created."),
  repetitions: z.number().int(),
  concurrency: z.number().int(),
  cron: z.string(),
  timeZone: z.string(),
  nextRunAt: z.string().nullable().describe("ISO 8601; null while paused."),
  baselineRunId: z.string().nullable(),
  budgetUsd: z.string().nullable().describe("USD as a decimal string."),
  webhooks: z.array(z.object({ id: z.string(), url: z.string(), secretDisplay: z.string() })),
  paused: z.boolean(),
  lastRun: z.object({ id: z.string(), scheduledFor: isoDate, runId: z.string().nullable(), error: z.string().nullable(), evaluatedAt: isoDate.nullable(), trigger: z.string() }).nullable(),
  openAlerts: z.number().int(),
  createdAt: isoDate,
});
export type WatchView = z.output<typeof watchViewSchema>;

const figure = z.object({ value: z.number().nullable(), ci95: z.tuple([z.number(), z.number()]).nullable(), n: z.number() });
const figures = z.partialRecord(z.enum(driftMetrics), figure);
/** WatchRun.metrics, written once when the run was evaluated. */
export const watchRunMetricsSchema = z.object({
  baselineRunId: z.string().nullable(),
  variants: z.record(z.string(), z.object({ name: z.string().nullable(), figures, baseline: figures.nullable(), reported: z.array(z.string()) })),
});

export const watchHistoryEntrySchema = z.object({
  id: z.string(),
  runId: z.string().nullable(),
  scheduledFor: z.string().describe("ISO 8601."),
  trigger: z.string(),
  status: z.string().nullable(),
  error: z.string().nullable(),
  evaluated: z.boolean(),
  isBaseline: z.boolean(),
  metrics: watchRunMetricsSchema.nullable(),
  /** Drifted metrics by variant id (against the baseline). */
  drift: z.record(
    z.string(),
    z.array(
      z.object({
        metric: z.enum(driftMetrics),
        before: z.number().nullable(),
        after: z.number().nullable(),
        difference: z.number().nullable(),
        ci95: z.tuple([z.number(), z.number()]).nullable(),
        pAdjusted: z.number().nullable(),
      }),
    ),
  ),
});
export type WatchHistoryEntry = z.output<typeof watchHistoryEntrySchema>;

export const startedWatchRunSchema = z.object({ watchRunId: z.string(), runId: z.string().nullable(), error: z.string().nullable() });

export const openAlertSchema = z.object({
  id: z.string(),
  watchId: z.string(),
  watchRunId: z.string().nullable(),
  kind: z.string().describe('"drift", "fingerprint" or "test".'),
  createdAt: isoDate,
  watchName: z.string(),
  text: z.string(),
});

export const watchAlertSchema = z.object({
  id: z.string(),
  watchId: z.string(),
  watchRunId: z.string().nullable(),
  variantId: z.string().nullable(),
  kind: z.string(),
  payload: z.unknown().describe("The JSON body posted to every webhook (signed as sent)."),
  acknowledgedAt: isoDate.nullable(),
  acknowledgedById: z.string().nullable(),
  createdAt: isoDate,
  deliveries: z.array(
    z.object({ webhookId: z.string(), attempt: z.number().int(), responseStatus: z.number().int().nullable(), responseExcerpt: z.string().nullable(), error: z.string().nullable(), delivered: z.boolean(), createdAt: isoDate }),
  ),
});
