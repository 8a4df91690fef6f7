// `juxta scorecard --run ID`: the run's variants ranked on the scorecard, as a table (default),
// JSON, CSV or Markdown — the CSV and Markdown are the same files the web page exports.
import { runsApi, type RunScorecardJson } from "../api-client/runs";
import { formatWithInterval, scorecardCsv, scorecardMarkdown } from "../decide/scorecard-export";
import { apiClientFromEnv } from "./api-client";
import { table } from "./run-report";

export type ScorecardFormat = "table" | "json" | "csv" | "md";

export function scorecardTable(scorecard: RunScorecardJson): string {
  const shown = scorecard.metrics.filter((info) => info.counted);
  const header = ["variant", "rank", "tier", "score", ...shown.map((info) => `${info.label} ${info.higherIsBetter ? "↑" : "↓"}`)];
  const rows = scorecard.rows.map((row) => [row.name, String(row.rank), String(row.tier), row.score === null ? "–" : row.score.toFixed(2), ...shown.map((info) => formatWithInterval(info.unit, row.figures[info.metric]))]);
  const lines = [`Scorecard of ${scorecard.run.name || scorecard.run.id} · ${scorecard.cases} cases · weights from the ${scorecard.weightsFrom === "request" ? "request" : scorecard.weightsFrom === "dataset" ? "dataset" : "defaults"}`, table(header, rows)];
  for (const row of scorecard.rows) if (row.next) lines.push(row.next.sentence);
  for (const plot of scorecard.frontiers) lines.push(`Pareto-optimal on pass rate and ${plot.axis === "total_ms_p95" ? "p95 total latency" : "cost per useful answer"}: ${plot.points.filter((point) => point.onFrontier).map((point) => point.name).join(", ") || "none"}`);
  lines.push(...scorecard.notes);
  return lines.join("\n");
}

export async function showScorecard(runId: string, format: ScorecardFormat): Promise<number> {
  const api = apiClientFromEnv();
  const { scorecard } = await runsApi(api.transport).scorecard(runId);
  const output = format === "json" ? JSON.stringify(scorecard, null, 2) : format === "csv" ? scorecardCsv(scorecard).trimEnd() : format === "md" ? scorecardMarkdown(scorecard).trimEnd() : `${scorecardTable(scorecard)}\n${api.url}/runs/${scorecard.run.id}/scorecard`;
  console.log(output);
  return 0;
}
