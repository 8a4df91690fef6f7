// How a finished call is written to its Completion row; compare turns and runs both save this way.
import type { CompletionResult } from "../providers/stream";

export function completionFieldsOf(result: CompletionResult) {
  return {
    status: result.status,
    text: result.text,
    errorKind: result.errorKind,
    errorMessage: result.errorMessage,
    finishReason: result.finishReason,
    ttftMs: result.ttftMs,
    totalMs: result.totalMs,
    inputTokens: result.inputTokens,
    outputTokens: result.outputTokens,
    tokensEstimated: result.tokensEstimated,
    costUsd: result.costUsd,
    attempts: result.attempts,
    textHash: result.textHash,
    finishedAt: new Date(),
  };
}
