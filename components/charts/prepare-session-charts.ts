// Pure data shaping for the session charts (STYLE rule 9): units, gaps and colours are decided
// here and unit-tested; the chart components only render.
import { latestCompletion } from "@/lib/sessions/latest-completion";

/** Series colours, one per variant in order: CSS variables (app/globals.css), so each theme
 * picks shades that read on its background. */
export const palette = Array.from({ length: 8 }, (_, index) => `var(--chart-${index + 1})`);

interface ColumnLike {
  id: string;
  label: string;
  variant: { name: string } | null;
}
interface CompletionLike {
  columnId: string | null;
  status: string;
  /** Null while a blind session hides them. */
  metrics: {
    ttftMs: number | null;
    totalMs: number | null;
    inputTokens: number | null;
    outputTokens: number | null;
    cachedInputTokens?: number | null;
    cacheWriteInputTokens?: number | null;
    reasoningTokens?: number | null;
    costUsd: string | null;
  } | null;
}
interface SessionLike {
  columns: ColumnLike[];
  turns: { index: number; completions: CompletionLike[] }[];
}

export interface Series {
  key: string;
  name: string;
  color: string;
}

export type TurnRow = { turn: string } & Record<string, number | string | null>;

export function seriesOf(session: SessionLike): Series[] {
  return session.columns.map((column, index) => ({
    key: column.label,
    name: column.variant ? `${column.label} · ${column.variant.name}` : `Variant ${column.label}`,
    color: palette[index % palette.length]!,
  }));
}

/** One row per turn, one value per column; a failed or missing answer is a gap (null), not 0,
 * so a line does not dive to zero where there is nothing to measure. */
export function latencyByTurn(session: SessionLike, metric: "ttftMs" | "totalMs"): TurnRow[] {
  return session.turns.map((turn) => {
    const row: TurnRow = { turn: `Turn ${turn.index + 1}` };
    for (const column of session.columns) {
      const answer = latestCompletion(turn, column.id);
      row[column.label] = answer && answer.status === "done" ? (answer.metrics?.[metric] ?? null) : null;
    }
    return row;
  });
}

/** Cumulative cost per column after each turn, in USD (every attempt of every answer counts,
 * failed ones included: they were paid for too). */
export function cumulativeCostByTurn(session: SessionLike): TurnRow[] {
  const totals = new Map<string, number>();
  return session.turns.map((turn) => {
    const row: TurnRow = { turn: `Turn ${turn.index + 1}` };
    for (const column of session.columns) {
      const spent = turn.completions.filter((completion) => completion.columnId === column.id).reduce((sum, completion) => sum + Number(completion.metrics?.costUsd ?? 0), 0);
      totals.set(column.label, (totals.get(column.label) ?? 0) + spent);
      row[column.label] = Number(totals.get(column.label)!.toFixed(8));
    }
    return row;
  });
}

export interface ColumnTotals {
  key: string;
  name: string;
  color: string;
  inputTokens: number;
  outputTokens: number;
  /** Parts of the tokens priced apart, summed like them. */
  cachedInputTokens: number;
  cacheWriteInputTokens: number;
  reasoningTokens: number;
  costUsd: number;
  answers: number;
  /** Answers that ended in an error; answers someone stopped are counted apart, as stopped. */
  failures: number;
  stopped: number;
}

/** Totals per column over the latest answer of every turn (tokens) and every call (cost). */
export function totalsByColumn(session: SessionLike): ColumnTotals[] {
  return seriesOf(session).map((series, index) => {
    const column = session.columns[index]!;
    let inputTokens = 0;
    let outputTokens = 0;
    let cachedInputTokens = 0;
    let cacheWriteInputTokens = 0;
    let reasoningTokens = 0;
    let answers = 0;
    let failures = 0;
    let stopped = 0;
    let costUsd = 0;
    for (const turn of session.turns) {
      for (const completion of turn.completions) if (completion.columnId === column.id) costUsd += Number(completion.metrics?.costUsd ?? 0);
      const answer = latestCompletion(turn, column.id);
      if (!answer) continue;
      answers += 1;
      if (answer.status === "error") failures += 1;
      if (answer.status === "cancelled") stopped += 1;
      inputTokens += answer.metrics?.inputTokens ?? 0;
      outputTokens += answer.metrics?.outputTokens ?? 0;
      cachedInputTokens += answer.metrics?.cachedInputTokens ?? 0;
      cacheWriteInputTokens += answer.metrics?.cacheWriteInputTokens ?? 0;
      reasoningTokens += answer.metrics?.reasoningTokens ?? 0;
    }
    return { ...series, inputTokens, outputTokens, cachedInputTokens, cacheWriteInputTokens, reasoningTokens, costUsd: Number(costUsd.toFixed(8)), answers, failures, stopped };
  });
}
