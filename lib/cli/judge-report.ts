// What `juxta judge` prints: progress, the judge's consistency across orders, its wins per pair
// of variants and what judging cost. Pure.
import { formatRateWithInterval } from "../format/figures";
import type { PairWins } from "../judging/verdict-views";
import type { JudgingView } from "../judging/views";
import { table } from "./run-report";

export function judgingProgressLine(judging: Pick<JudgingView, "progress" | "status">): string {
  const { judged, total, errors } = judging.progress;
  return `${judging.status}: ${judged}/${total} pairs judged${errors > 0 ? ` · ${errors} without a verdict` : ""}`;
}

export function consistencyLine(judging: Pick<JudgingView, "consistency">): string {
  const { n, consistent, share, ci95 } = judging.consistency;
  return `consistent in both orders: ${consistent} of ${n} · ${formatRateWithInterval(share, ci95, n)}`;
}

export function winsTable(wins: PairWins[]): string {
  const rows = wins.map((pair) => [`${pair.first.name} vs ${pair.second.name}`, String(pair.firstWins), String(pair.secondWins), String(pair.ties), String(pair.inconsistent), String(pair.bothBad), String(pair.errors)]);
  return table(["pair (first vs second)", "first wins", "second wins", "ties", "of which flipped", "both bad", "no verdict"], rows);
}

export function judgingCostLine(judging: Pick<JudgingView, "costUsd" | "calls" | "inputTokens" | "outputTokens" | "meanTotalMs">): string {
  const mean = judging.meanTotalMs === null ? "–" : `${Math.round(judging.meanTotalMs)} ms`;
  return `judging cost $${judging.costUsd.toFixed(6)} · ${judging.calls} calls · ${judging.inputTokens} input / ${judging.outputTokens} output tokens · mean ${mean} per call`;
}
