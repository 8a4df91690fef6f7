// The completion record: how a finished call (or a call that never happened) is written to its
// Completion row. Its one owner: compare turns and judge calls write it through Prisma
// (completionFieldsOf), run items in batched SQL (record-sql.ts, from the same column list), and
// the fallbacks — an answer the database refused, a call that could not start — come from here too.
import type { CompletionResult } from "../providers/stream";
import { storableMessage, storableText } from "./storable";

/** Every column of the record with its PostgreSQL type: adding a column here adds it to both
 * writes (the type makes a missing or extra one a compile error). */
export const recordColumns = {
  status: '"CompletionStatus"',
  text: "text",
  textSanitized: "boolean",
  errorKind: '"ErrorKind"',
  errorMessage: "text",
  finishReason: "text",
  ttftMs: "int",
  totalMs: "int",
  inputTokens: "int",
  outputTokens: "int",
  cachedInputTokens: "int",
  cacheWriteInputTokens: "int",
  reasoningTokens: "int",
  tokensEstimated: "boolean",
  costUsd: "numeric",
  attempts: "int",
  textHash: "text",
  responseModel: "text",
  systemFingerprint: "text",
} as const satisfies Record<keyof CompletionRecord, string>;

/** A result as stored: its text made storable (and marked), and what a call that never happened
 * lacks (tokens, text hash) nullable. */
export type CompletionRecord = Omit<CompletionResult, "inputTokens" | "outputTokens" | "textHash"> & {
  textSanitized: boolean;
  inputTokens: number | null;
  outputTokens: number | null;
  textHash: string | null;
};

export function recordOf(result: CompletionResult): CompletionRecord {
  const text = storableText(result.text);
  return {
    status: result.status,
    text: text.text,
    textSanitized: text.sanitized,
    errorKind: result.errorKind,
    errorMessage: storableMessage(result.errorMessage),
    finishReason: storableMessage(result.finishReason),
    ttftMs: result.ttftMs,
    totalMs: result.totalMs,
    inputTokens: result.inputTokens,
    outputTokens: result.outputTokens,
    cachedInputTokens: result.cachedInputTokens,
    cacheWriteInputTokens: result.cacheWriteInputTokens,
    reasoningTokens: result.reasoningTokens,
    tokensEstimated: result.tokensEstimated,
    costUsd: result.costUsd,
    attempts: result.attempts,
    textHash: result.textHash,
    responseModel: storableMessage(result.responseModel),
    systemFingerprint: storableMessage(result.systemFingerprint),
  };
}

/** When the answer itself could not be stored: everything measured, without the text. */
export function unstorableRecordOf(result: CompletionResult, reason: string): CompletionRecord {
  return { ...recordOf(result), text: "", textSanitized: false, status: "error", errorKind: "storage", errorMessage: `The answer arrived but could not be stored: ${storableMessage(reason)}` };
}

/** A call that never happened (its request could not be made, or the call could not start). */
export function notCalledRecord(errorKind: NonNullable<CompletionResult["errorKind"]>, message: string): CompletionRecord {
  return {
    status: "error", text: "", textSanitized: false, errorKind, errorMessage: storableMessage(message), finishReason: null, ttftMs: null, totalMs: 0,
    inputTokens: null, outputTokens: null, cachedInputTokens: null, cacheWriteInputTokens: null, reasoningTokens: null, tokensEstimated: false,
    costUsd: "0", attempts: 0, textHash: null, responseModel: null, systemFingerprint: null,
  };
}

/** The record as Prisma data, finished now. */
export const withFinishedAt = (record: CompletionRecord) => ({ ...record, finishedAt: new Date() });
export const completionFieldsOf = (result: CompletionResult) => withFinishedAt(recordOf(result));
export const unstorableFieldsOf = (result: CompletionResult, reason: string) => withFinishedAt(unstorableRecordOf(result, reason));
