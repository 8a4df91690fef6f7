// How a finished call is written to its Completion row; compare turns and runs both save this way.
import type { CompletionResult } from "../providers/stream";
import { storableMessage, storableText } from "./storable";

export function completionFieldsOf(result: CompletionResult) {
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
    finishedAt: new Date(),
  };
}

/** When the answer itself could not be stored: everything measured, without the text. */
export function unstorableFieldsOf(result: CompletionResult, reason: string) {
  return { ...completionFieldsOf(result), text: "", textSanitized: false, status: "error" as const, errorKind: "storage" as const, errorMessage: `The answer arrived but could not be stored: ${storableMessage(reason)}` };
}
