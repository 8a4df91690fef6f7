// The columns a completion contributes to every CSV export (a session's answers, a run's items),
// in one order under one set of names: a spreadsheet built on one export reads the other.
// Money is the decimal string of the view (never a rounded float).
import type { CompletionMetrics } from "./view";

/** What an export knows of one answer: its status, error and text, and its measurements (null
 * when they are hidden, in a blind session before the reveal). */
export interface ExportedCompletion {
  errorKind: string | null;
  text: string;
  metrics: CompletionMetrics | null;
}

interface Column {
  header: string;
  cell(completion: ExportedCompletion): unknown;
}

const measured = (pick: (metrics: CompletionMetrics) => unknown) => (completion: ExportedCompletion) => (completion.metrics ? pick(completion.metrics) : "");

const COLUMNS: Column[] = [
  { header: "error_kind", cell: (completion) => completion.errorKind ?? "" },
  { header: "ttft_ms", cell: measured((m) => m.ttftMs ?? "") },
  { header: "total_ms", cell: measured((m) => m.totalMs ?? "") },
  { header: "input_tokens", cell: measured((m) => m.inputTokens ?? "") },
  { header: "output_tokens", cell: measured((m) => m.outputTokens ?? "") },
  { header: "cached_input_tokens", cell: measured((m) => m.cachedInputTokens ?? "") },
  { header: "cache_write_input_tokens", cell: measured((m) => m.cacheWriteInputTokens ?? "") },
  { header: "reasoning_tokens", cell: measured((m) => m.reasoningTokens ?? "") },
  { header: "tokens_estimated", cell: measured((m) => m.tokensEstimated) },
  { header: "tokens_per_s", cell: measured((m) => m.tokensPerSecond?.toFixed(1) ?? "") },
  { header: "cost_usd", cell: measured((m) => m.costUsd ?? "") },
  { header: "attempts", cell: measured((m) => m.attempts) },
  { header: "answer", cell: (completion) => completion.text },
];

export const COMPLETION_EXPORT_HEADERS = COLUMNS.map((column) => column.header);

/** The cells of one answer, in COMPLETION_EXPORT_HEADERS order; all empty when there is none. */
export function completionExportCells(completion: ExportedCompletion | null | undefined): unknown[] {
  return COLUMNS.map((column) => (completion ? column.cell(completion) : ""));
}
