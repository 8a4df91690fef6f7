// Saving a finished item: its completion, its assertion results and its new state, in ONE SQL
// statement. The statement first locks the item and checks that this executor still holds it
// (status running, workerId = us); every insert reads from that check, so nothing is written for
// an item that was taken over — the fence that makes "exactly once" hold. One round trip per item
// instead of five keeps the executor's share of a run's time small (see BENCHMARKS.md).
import "server-only";
import { db } from "../db/client";
import { uuid7 } from "../db/uuid7";
import type { Assertion } from "../assertions/schema";
import type { CompletionResult } from "../providers/stream";
import { storableMessage, storableText } from "../completions/storable";

export interface AssertionRow {
  assertion: Assertion;
  passed: boolean;
  score: number | null;
  reason: string;
}

export interface ItemOutcome {
  request: unknown;
  /** Null when the item failed before any call (its case could not be rendered). */
  result: CompletionResult | null;
  setupError?: string;
  checks: AssertionRow[];
}

/** False when the item is no longer ours (taken over): nothing was written. */
export async function saveItem(itemId: string, variantId: string, executorId: string, outcome: ItemOutcome): Promise<boolean> {
  const { result } = outcome;
  const status = result ? (result.status === "done" ? "done" : result.status === "cancelled" ? "cancelled" : "error") : "error";
  const passed = status === "done" && outcome.checks.every((check) => check.passed);
  const completionId = uuid7();
  const checks = outcome.checks;
  const text = storableText(result?.text ?? "");
  const rows = await db().$queryRaw<Array<{ saved: bigint }>>`
    WITH item AS (
      SELECT id FROM "RunItem" WHERE id = ${itemId}::uuid AND status = 'running' AND "workerId" = ${executorId} FOR UPDATE
    ), completion AS (
      INSERT INTO "Completion" (id, "variantId", request, text, status, "errorKind", "errorMessage", "finishReason", "ttftMs", "totalMs",
        "inputTokens", "outputTokens", "cachedInputTokens", "cacheWriteInputTokens", "reasoningTokens", "tokensEstimated", "costUsd", attempts, "textHash", "textSanitized", "responseModel", "systemFingerprint", "finishedAt")
      SELECT ${completionId}::uuid, ${variantId}::uuid, ${JSON.stringify(outcome.request ?? {})}::jsonb, ${text.text},
        ${result?.status ?? "error"}::"CompletionStatus", ${result ? result.errorKind : "bad_request"}::"ErrorKind",
        ${storableMessage(result ? result.errorMessage : (outcome.setupError ?? null))}, ${storableMessage(result?.finishReason ?? null)}, ${result?.ttftMs ?? null}::int,
        ${result?.totalMs ?? 0}::int, ${result?.inputTokens ?? null}::int, ${result?.outputTokens ?? null}::int,
        ${result?.cachedInputTokens ?? null}::int, ${result?.cacheWriteInputTokens ?? null}::int, ${result?.reasoningTokens ?? null}::int, ${result?.tokensEstimated ?? false},
        ${result?.costUsd ?? "0"}::numeric, ${result?.attempts ?? 0}::int, ${result?.textHash ?? null}, ${text.sanitized},
        ${storableMessage(result?.responseModel ?? null)}, ${storableMessage(result?.systemFingerprint ?? null)}, now()
      FROM item
      RETURNING id
    ), checks AS (
      INSERT INTO "AssertionResult" (id, "completionId", type, config, passed, score, reason)
      SELECT check_id, ${completionId}::uuid, type, config, passed, score, reason
      FROM completion, unnest(${checks.map(() => uuid7())}::uuid[], ${checks.map((check) => check.assertion.type)}::text[],
        ${checks.map((check) => JSON.stringify(check.assertion))}::jsonb[], ${checks.map((check) => check.passed)}::boolean[],
        ${checks.map((check) => check.score)}::float8[], ${checks.map((check) => storableMessage(check.reason))}::text[]) AS c(check_id, type, config, passed, score, reason)
    ), updated AS (
      UPDATE "RunItem" SET status = ${status}::"RunItemStatus", "completionId" = ${completionId}::uuid, passed = ${passed}, "finishedAt" = now()
      WHERE id IN (SELECT id FROM item)
      RETURNING id
    )
    SELECT count(*) AS saved FROM updated`;
  return Number(rows[0]?.saved ?? 0) === 1;
}
