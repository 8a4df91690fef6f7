"use client";

import { formatFigure } from "@/lib/decide/scorecard-export";
import type { ScorecardData } from "./use-scorecard";

/** One row per variant in rank order; each figure with its 95 % interval and n underneath. Rows
 * in one tier are ones the ranking cannot separate, shaded alike. */
export function ScorecardTable({ scorecard }: { scorecard: ScorecardData }) {
  return (
    <div className="overflow-x-auto rounded-lg bg-card ring-1 ring-border">
      <table className="w-full text-sm" data-testid="scorecard-table">
        <thead className="bg-muted/50 text-left text-xs text-muted-foreground">
          <tr>
            <th className="px-3 py-2">Rank</th>
            <th className="px-3 py-2">Variant</th>
            <th className="px-3 py-2">Score</th>
            {scorecard.metrics.map((info) => (
              <th key={info.metric} className={`px-3 py-2 ${info.counted ? "" : "text-muted-foreground/70"}`} title={info.counted ? `weight ${info.weight}` : "not in the score"}>
                {info.label} {info.higherIsBetter ? "↑" : "↓"}
                <span className="block font-normal">{info.counted ? `weight ${info.weight}` : "not scored"}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {scorecard.rows.map((row) => (
            <tr key={row.variantId} className={`border-t border-border align-top ${row.tier % 2 === 0 ? "bg-muted/40" : ""}`} data-testid="scorecard-row">
              <td className="px-3 py-2 whitespace-nowrap">
                {row.rank}
                <span className="block text-xs text-muted-foreground">tier {row.tier}</span>
              </td>
              <td className="px-3 py-2 font-medium whitespace-nowrap">
                {row.name}
                {row.next && !row.next.separable && (
                  <span className="block text-xs font-normal text-amber-700 dark:text-amber-300" title={row.next.sentence}>
                    ≈ {row.next.name}: not separable
                  </span>
                )}
              </td>
              <td className="px-3 py-2 whitespace-nowrap" data-testid="scorecard-score">
                {row.score === null ? "—" : row.score.toFixed(2)}
                {row.scoreCi95 && <span className="block text-xs text-muted-foreground">{row.scoreCi95.map((end) => end.toFixed(2)).join("–")}</span>}
              </td>
              {scorecard.metrics.map((info) => {
                const figure = row.figures[info.metric];
                return (
                  <td key={info.metric} className={`px-3 py-2 whitespace-nowrap ${info.counted ? "" : "text-muted-foreground"}`}>
                    {figure.estimate === null ? (
                      <span className="text-muted-foreground/70">— {figure.note}</span>
                    ) : (
                      <>
                        {formatFigure(info.unit, figure.estimate)}
                        <span className="block text-xs text-muted-foreground">
                          {figure.ci95 ? `${figure.ci95.map((end) => formatFigure(info.unit, end)).join("–")} · ` : ""}n = {figure.n}
                        </span>
                      </>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
