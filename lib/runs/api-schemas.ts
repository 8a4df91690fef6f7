// What the runs API answers, as zod: the routes declare these as their responses (so the OpenAPI
// document and the typed client lib/api-client/runs.ts follow them) and the services in views.ts
// return their server side. Money is a decimal string in USD, as in every view.
import { z } from "zod";
import { isoDate } from "../api/iso-date";
import { completionMetricsSchema } from "../sessions/api-schemas";
import { runSummarySchema } from "./summary-snapshot";

const usd = z.string().describe("USD as a decimal string.");
const count = z.number().int();
const runStatus = z.enum(["queued", "running", "done", "cancelled", "failed"]);
const itemStatus = z.enum(["pending", "running", "done", "error", "cancelled"]);
const completionStatus = z.enum(["streaming", "done", "error", "cancelled"]);
const verdict = z.enum(["newly_failing", "fixed", "changed", "unchanged"]).describe("Against the baseline run's item with the same case, variant and repetition.");
const named = z.object({ id: z.string(), name: z.string() });

export const runProgressSchema = z.object({
  total: count,
  pending: count,
  claimed: count.describe("Claimed by the executor ahead of a free slot, not called yet."),
  running: count.describe("Calling the provider now."),
  done: count,
  error: count,
  cancelled: count,
  passed: count,
  finished: count,
  etaSeconds: z.number().nullable().describe("Seconds left at the pace so far; null before the first item finishes or after the end."),
  spentUsd: usd.describe("What the run's calls have cost so far (failed ones included), USD as a decimal string."),
});

export const runViewSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(["replay", "load"]),
  status: runStatus,
  error: z.string().nullable(),
  prompt: z.object({ id: z.string(), name: z.string(), version: count }).nullable(),
  dataset: named.nullable(),
  baselineRun: named.nullable(),
  repetitions: count,
  concurrency: count,
  concurrencyLevels: z.array(count),
  requestCount: count.nullable(),
  assertions: z.unknown().describe("The assertions every answer is checked with, as created."),
  rateLimits: z.unknown().describe("Per provider id or name: maxConcurrency and requestsPerMinute, as created."),
  budgetUsd: usd.nullable(),
  estimatedCostUsd: usd.nullable(),
  totalItems: count,
  createdBy: z.string(),
  createdAt: isoDate,
  startedAt: isoDate.nullable(),
  finishedAt: isoDate.nullable(),
  variants: z.array(z.object({ id: z.string(), name: z.string(), revision: count, model: z.string(), provider: z.string(), simulated: z.boolean() })),
  progress: runProgressSchema,
  judgingCostUsd: usd.describe("What judges' calls on the run cost, apart from the variants' spend."),
});
export type RunView = z.output<typeof runViewSchema>;

/** The envelope of every answer that is one run. */
export const oneRunSchema = z.object({ run: runViewSchema });
export const runListSchema = z.object({ runs: z.array(runViewSchema) });
export const runMovesSchema = z.object({ run: runViewSchema.pick({ status: true, error: true, startedAt: true, finishedAt: true, progress: true, judgingCostUsd: true }) });

const itemRowSchema = z.object({
  id: z.string(),
  sequence: count.describe("The item's planned position: `after` in the items listing pages by it."),
  caseKey: z.string(),
  testCaseId: z.string().nullable(),
  casePosition: count.nullable(),
  caseLabel: z.string(),
  variantId: z.string(),
  repetition: count,
  concurrency: count.nullable(),
  status: itemStatus,
  passed: z.boolean().nullable(),
  completion: z
    .object({
      id: z.string(),
      excerpt: z.string(),
      status: completionStatus,
      errorKind: z.string().nullable(),
      errorMessage: z.string().nullable(),
      ttftMs: count.nullable(),
      totalMs: count.nullable(),
      costUsd: usd.nullable(),
      outputTokens: count.nullable(),
    })
    .nullable(),
  baseline: z.object({ passed: z.boolean().nullable(), verdict: verdict.nullable() }).nullable(),
});
export type RunItemRow = z.output<typeof itemRowSchema>;

export const runItemsPageSchema = z.object({
  total: count,
  offset: count,
  cursor: z.string().describe("Where GET …/items/changes?since= starts: every change this page does not show."),
  items: z.array(itemRowSchema),
});

export const runItemChangesSchema = z.object({
  cursor: z.string(),
  resync: z.boolean().describe("Too many changes since the cursor: read the items again instead."),
  items: z.array(itemRowSchema),
});

export const runItemDetailSchema = z.object({
  id: z.string(),
  status: itemStatus,
  passed: z.boolean().nullable(),
  variant: named,
  repetition: count,
  concurrency: count.nullable(),
  testCase: z
    .object({ id: z.string(), position: count, variables: z.unknown(), messages: z.unknown(), expectedOutput: z.string().nullable(), tags: z.array(z.string()) })
    .nullable(),
  completion: completionMetricsSchema
    .extend({
      id: z.string(),
      text: z.string(),
      request: z.unknown().describe("The request as sent to the provider."),
      status: completionStatus,
      errorKind: z.string().nullable(),
      errorMessage: z.string().nullable(),
      assertions: z.array(z.object({ type: z.string(), config: z.unknown(), passed: z.boolean(), score: z.number().nullable(), reason: z.string().nullable() })),
    })
    .nullable(),
  baseline: z.object({ itemId: z.string(), passed: z.boolean().nullable(), text: z.string().nullable(), status: itemStatus, verdict: verdict.nullable() }).nullable(),
});

export const oneSummarySchema = z.object({ summary: runSummarySchema });
