// The scorecard as CSV (raw numbers, for a spreadsheet) and as Markdown (formatted, for a pull
// request or a decision record). The route (?format=) and the CLI (--csv, --md) both use these.
import { toCsv } from "../api/csv";
import { formatPercent } from "../format/figures";
import type { Scorecard, ScorecardMetricInfo } from "./scorecard-build";
import type { MetricFigure } from "./scorecard-metrics";

/** A figure in its unit: "92 %", "840 ms", "$0.0123", "312 tokens". */
export function formatFigure(unit: ScorecardMetricInfo["unit"], value: number): string {
  switch (unit) {
    case "share":
      return formatPercent(value);
    case "ms":
      return `${Math.round(value)} ms`;
    case "usd":
      return `$${value.toFixed(Math.abs(value) >= 0.01 ? 4 : 6)}`;
    case "tokens":
      return `${Math.round(value)} tokens`;
  }
}

/** "92 % (87 %–95 %, n = 200)", or the reason there is no figure. */
export function formatWithInterval(unit: ScorecardMetricInfo["unit"], figure: MetricFigure): string {
  if (figure.estimate === null) return `— (${figure.note ?? "no data"})`;
  const interval = figure.ci95 ? ` (${formatFigure(unit, figure.ci95[0])}–${formatFigure(unit, figure.ci95[1])}, n = ${figure.n})` : ` (n = ${figure.n})`;
  return `${formatFigure(unit, figure.estimate)}${interval}`;
}

const round = (value: number | null | undefined) => (value === null || value === undefined ? "" : Number(value.toPrecision(6)));

export function scorecardCsv(scorecard: Scorecard): string {
  const header = ["rank", "tier", "variant", "score", "score_ci_low", "score_ci_high", "separable_from_next"];
  for (const { metric } of scorecard.metrics) header.push(metric, `${metric}_ci_low`, `${metric}_ci_high`, `${metric}_n`);
  const rows: unknown[][] = [header];
  for (const row of scorecard.rows) {
    const line: unknown[] = [row.rank, row.tier, row.name, round(row.score), round(row.scoreCi95?.[0]), round(row.scoreCi95?.[1]), row.next ? row.next.separable : ""];
    for (const { metric } of scorecard.metrics) {
      const figure = row.figures[metric];
      line.push(round(figure.estimate), round(figure.ci95?.[0]), round(figure.ci95?.[1]), figure.n);
    }
    rows.push(line);
  }
  return toCsv(rows);
}

const cell = (text: string) => text.replaceAll("|", "\\|").replaceAll("\n", " ");

export function scorecardMarkdown(scorecard: Scorecard & { run?: { name: string } }): string {
  const weighted = scorecard.metrics.map((info) => `${info.label} ${info.weight}${info.counted ? "" : info.weight > 0 ? " (left out)" : ""}`).join(", ");
  const lines = [`# Scorecard${scorecard.run ? `: ${cell(scorecard.run.name)}` : ""}`, "", `${scorecard.cases} cases · weights: ${weighted} · variants in one tier cannot be separated · 95 % intervals (Wilson for rates, ${scorecard.resamples} seeded bootstrap resamples over cases otherwise).`, ""];
  lines.push(`| Rank | Tier | Variant | Score | ${scorecard.metrics.map((info) => `${cell(info.label)} ${info.higherIsBetter ? "↑" : "↓"}`).join(" | ")} |`);
  lines.push(`|---|---|---|---|${scorecard.metrics.map(() => "---").join("|")}|`);
  for (const row of scorecard.rows) {
    const score = row.score === null ? "—" : `${row.score.toFixed(2)}${row.scoreCi95 ? ` (${row.scoreCi95[0].toFixed(2)}–${row.scoreCi95[1].toFixed(2)})` : ""}`;
    lines.push(`| ${row.rank} | ${row.tier} | ${cell(row.name)} | ${score} | ${scorecard.metrics.map((info) => cell(formatWithInterval(info.unit, row.figures[info.metric]))).join(" | ")} |`);
  }
  const sentences = scorecard.rows.flatMap((row) => (row.next ? [`- ${row.next.sentence}`] : []));
  if (sentences.length > 0) lines.push("", "## Ranking", "", ...sentences);
  const frontier = scorecard.frontiers.map((plot) => `- Against ${plot.axis === "total_ms_p95" ? "p95 total latency" : "cost per useful answer"}: ${plot.points.filter((point) => point.onFrontier).map((point) => cell(point.name)).join(", ") || "none"}`);
  lines.push("", "## Pareto-optimal variants", "", ...frontier);
  if (scorecard.notes.length > 0) lines.push("", "## Notes", "", ...scorecard.notes.map((note) => `- ${note}`));
  return `${lines.join("\n")}\n`;
}
