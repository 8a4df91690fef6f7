// How a completion's measurements read, wherever one is shown: a compare column, a session page
// or export, a run item. One shape, money always a decimal string in USD (never a float: a sum
// of many small costs must add up to the cent it was billed). Shared by server and browser code,
// so it imports nothing that touches the database.
import { tokensPerSecond } from "../metrics/completion-metrics";

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
  /** USD as a decimal string ("0.00231250"); null when the call was never priced. */
  costUsd: string | null;
  attempts: number;
  finishReason: string | null;
}

/** What the Completion row (or a result about to be written) holds of it; costUsd is a Prisma
 * Decimal, a decimal string or null. */
export type MeasuredCompletion = Omit<CompletionMetrics, "tokensPerSecond" | "costUsd"> & { costUsd: { toString(): string } | string | null };

export function metricsOf(row: MeasuredCompletion): CompletionMetrics {
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
    costUsd: row.costUsd === null ? null : row.costUsd.toString(),
    attempts: row.attempts,
    finishReason: row.finishReason,
  };
}

/** What a failed answer says in a blind session until the reveal: a provider's own error text
 * can name it ("Anthropic is overloaded"). */
export const BLIND_ERROR = "This answer failed; the details are shown when names are revealed.";
