// How a session reads: the shape every page, export and API answer share. In blind mode, until
// the reveal, nothing that names a variant leaves the server.
import { z } from "zod";
import { isoDate } from "../api/iso-date";
import type { Prisma } from "../db/generated/client";
import { tokensPerSecond } from "../metrics/completion-metrics";
import { columnLabel } from "./column-label";

export const sessionInclude = {
  columns: { orderBy: { position: "asc" }, include: { variant: { include: { model: { include: { provider: { select: { id: true, name: true, kind: true } } } } } } } },
  turns: { orderBy: { index: "asc" }, include: { completions: { orderBy: { createdAt: "asc" } } } },
} as const satisfies Prisma.SessionInclude;

type SessionRow = Prisma.SessionGetPayload<{ include: typeof sessionInclude }>;
type CompletionRow = SessionRow["turns"][number]["completions"][number];

const nullableInt = z.number().int().nullable();

export const completionMetricsSchema = z.object({
  ttftMs: nullableInt,
  totalMs: nullableInt,
  inputTokens: nullableInt,
  outputTokens: nullableInt,
  /** Parts of the input and output tokens the provider reported (null: not reported). */
  cachedInputTokens: nullableInt,
  cacheWriteInputTokens: nullableInt,
  reasoningTokens: nullableInt,
  tokensEstimated: z.boolean(),
  tokensPerSecond: z.number().nullable(),
  costUsd: z.string().nullable().describe("USD as a decimal string."),
  attempts: z.number().int(),
  finishReason: z.string().nullable(),
});
export type CompletionMetrics = z.output<typeof completionMetricsSchema>;

export const completionViewSchema = z.object({
  id: z.string(),
  columnId: z.string().nullable(),
  status: z.enum(["streaming", "done", "error", "cancelled"]),
  text: z.string(),
  errorKind: z.string().nullable(),
  errorMessage: z.string().nullable(),
  /** Null in a blind session until the reveal: timings, tokens and cost tell models apart. */
  metrics: completionMetricsSchema.nullable(),
  createdAt: isoDate,
});
export type CompletionView = z.output<typeof completionViewSchema>;

export const columnViewSchema = z.object({
  id: z.string(),
  position: z.number().int(),
  /** "A", "B", … — the name in blind mode, a handy short name otherwise. */
  label: z.string(),
  variant: z.object({ id: z.string(), name: z.string(), model: z.string(), provider: z.string(), simulated: z.boolean() }).nullable(),
});
export type ColumnView = z.output<typeof columnViewSchema>;

export const sessionViewSchema = z.object({
  id: z.string(),
  title: z.string(),
  blind: z.boolean(),
  revealed: z.boolean(),
  createdAt: isoDate,
  updatedAt: isoDate,
  columns: z.array(columnViewSchema),
  turns: z.array(z.object({ id: z.string(), index: z.number().int(), content: z.string(), createdAt: isoDate, completions: z.array(completionViewSchema) })),
});
export type SessionView = z.output<typeof sessionViewSchema>;
/** The envelope of every answer that is one session. */
export const oneSessionSchema = z.object({ session: sessionViewSchema });


export function metricsOf(row: Pick<CompletionRow, "ttftMs" | "totalMs" | "inputTokens" | "outputTokens" | "cachedInputTokens" | "cacheWriteInputTokens" | "reasoningTokens" | "tokensEstimated" | "costUsd" | "attempts" | "finishReason">): CompletionMetrics {
  return {
    ttftMs: row.ttftMs,
    totalMs: row.totalMs,
    inputTokens: row.inputTokens,
    outputTokens: row.outputTokens,
    cachedInputTokens: row.cachedInputTokens,
    cacheWriteInputTokens: row.cacheWriteInputTokens,
    reasoningTokens: row.reasoningTokens,
    tokensEstimated: row.tokensEstimated,
    tokensPerSecond: tokensPerSecond(row.outputTokens, row.ttftMs, row.totalMs),
    costUsd: row.costUsd?.toString() ?? null,
    attempts: row.attempts,
    finishReason: row.finishReason,
  };
}

/** What a failed answer says in a blind session until the reveal. */
export const BLIND_ERROR = "This answer failed; the details are shown when names are revealed.";

export function toSessionView(row: SessionRow): SessionView {
  const hidden = row.blind && row.revealedAt === null;
  return {
    id: row.id,
    title: row.title,
    blind: row.blind,
    revealed: row.revealedAt !== null,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    columns: row.columns.map((column) => ({
      id: column.id,
      position: column.position,
      label: columnLabel(column.position),
      variant: hidden
        ? null
        : {
            id: column.variant.id,
            name: column.variant.name,
            model: column.variant.model.displayName,
            provider: column.variant.model.provider.name,
            simulated: column.variant.model.provider.kind === "simulated",
          },
    })),
    turns: row.turns.map((turn) => ({
      id: turn.id,
      index: turn.index,
      content: turn.content,
      createdAt: turn.createdAt,
      completions: turn.completions.map((completion) => ({
        id: completion.id,
        columnId: completion.columnId,
        status: completion.status,
        text: completion.text,
        errorKind: completion.errorKind,
        // A provider's own error text can name it ("Anthropic is overloaded").
        errorMessage: hidden && completion.errorMessage ? BLIND_ERROR : completion.errorMessage,
        metrics: hidden ? null : metricsOf(completion),
        createdAt: completion.createdAt,
      })),
    })),
  };
}
