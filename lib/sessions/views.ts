// How a session reads: the shape every page, export and API answer share. In blind mode, until
// the reveal, nothing that names a variant leaves the server.
import type { Prisma } from "../db/generated/client";
import { tokensPerSecond } from "../metrics/completion-metrics";
import { columnLabel } from "./column-label";

export const sessionInclude = {
  columns: { orderBy: { position: "asc" }, include: { variant: { include: { model: { include: { provider: { select: { id: true, name: true, kind: true } } } } } } } },
  turns: { orderBy: { index: "asc" }, include: { completions: { orderBy: { createdAt: "asc" }, include: { variantRevision: { select: { number: true } } } } } },
} as const satisfies Prisma.SessionInclude;

type SessionRow = Prisma.SessionGetPayload<{ include: typeof sessionInclude }>;
type CompletionRow = SessionRow["turns"][number]["completions"][number];

export interface CompletionMetrics {
  ttftMs: number | null;
  totalMs: number | null;
  inputTokens: number | null;
  outputTokens: number | null;
  /** Parts of the input and output tokens the provider reported (null: not reported). */
  cachedInputTokens: number | null;
  cacheWriteInputTokens: number | null;
  reasoningTokens: number | null;
  tokensEstimated: boolean;
  tokensPerSecond: number | null;
  costUsd: string | null;
  attempts: number;
  finishReason: string | null;
}

export interface CompletionView {
  id: string;
  columnId: string | null;
  status: "streaming" | "done" | "error" | "cancelled";
  text: string;
  errorKind: string | null;
  errorMessage: string | null;
  /** Null in a blind session until the reveal: timings, tokens and cost tell models apart. */
  metrics: CompletionMetrics | null;
  /** The variant revision that answered; null while blind (and for answers older than revisions). */
  revision: number | null;
  createdAt: Date;
}

export interface ColumnView {
  id: string;
  position: number;
  /** "A", "B", … — the name in blind mode, a handy short name otherwise. */
  label: string;
  variant: { id: string; name: string; model: string; provider: string; simulated: boolean } | null;
}

export interface SessionView {
  id: string;
  title: string;
  blind: boolean;
  revealed: boolean;
  createdAt: Date;
  updatedAt: Date;
  columns: ColumnView[];
  turns: { id: string; index: number; content: string; createdAt: Date; completions: CompletionView[] }[];
}


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
        revision: hidden ? null : (completion.variantRevision?.number ?? null),
        createdAt: completion.createdAt,
      })),
    })),
  };
}
