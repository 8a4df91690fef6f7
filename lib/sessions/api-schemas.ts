// What the sessions API answers, as zod: the routes declare these as their responses, so the
// OpenAPI document and the typed client follow them. The services keep their own types
// (views.ts); the compiler checks them against these wherever a route returns them.
import { z } from "zod";
import { isoDate } from "../api/iso-date";

const count = z.number().int().nullable();

export const completionMetricsSchema = z.object({
  ttftMs: count,
  totalMs: count,
  inputTokens: count,
  outputTokens: count,
  cachedInputTokens: count.describe("Part of the input tokens read from the provider's cache (null: not reported)."),
  cacheWriteInputTokens: count,
  reasoningTokens: count,
  tokensEstimated: z.boolean(),
  tokensPerSecond: z.number().nullable(),
  costUsd: z.string().nullable().describe("USD as a decimal string."),
  attempts: z.number().int(),
  finishReason: z.string().nullable(),
});

const completionViewSchema = z.object({
  id: z.string(),
  columnId: z.string().nullable(),
  status: z.enum(["streaming", "done", "error", "cancelled"]),
  text: z.string(),
  errorKind: z.string().nullable(),
  errorMessage: z.string().nullable(),
  metrics: completionMetricsSchema.nullable().describe("Null in a blind session until the reveal: timings, tokens and cost tell models apart."),
  createdAt: isoDate,
});

const columnViewSchema = z.object({
  id: z.string(),
  position: z.number().int(),
  label: z.string().describe('"A", "B", … — the name in blind mode, a handy short name otherwise.'),
  variant: z.object({ id: z.string(), name: z.string(), model: z.string(), provider: z.string(), simulated: z.boolean() }).nullable(),
});

export const sessionViewSchema = z.object({
  id: z.string(),
  title: z.string(),
  blind: z.boolean(),
  revealed: z.boolean(),
  prompt: z
    .object({
      promptId: z.string().nullable(),
      name: z.string().nullable(),
      version: z.number().int().nullable(),
      systemMessage: z.string().nullable().describe("Rendered with the values chosen; sent after each column's own system prompt, as in a run."),
    })
    .nullable()
    .describe('The prompt version the session was opened from ("Open in Compare"); name and version are null once that prompt is deleted.'),
  createdAt: isoDate,
  updatedAt: isoDate,
  columns: z.array(columnViewSchema),
  turns: z.array(z.object({ id: z.string(), index: z.number().int(), content: z.string(), createdAt: isoDate, completions: z.array(completionViewSchema) })),
});
/** The envelope of every answer that is one session. */
export const oneSessionSchema = z.object({ session: sessionViewSchema });

export const sessionListSchema = z.object({
  sessions: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      blind: z.boolean(),
      columns: z.array(z.string()).describe('Variant names, or "Variant A"… while a blind session is not revealed.'),
      turnCount: z.number().int(),
      totalCostUsd: z.string().describe("USD as a decimal string."),
      createdAt: isoDate,
      updatedAt: isoDate,
    }),
  ),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
