"use client";

import { formatFigure } from "@/lib/decide/scorecard-export";
import type { ScorecardData } from "./use-scorecard";

/** One row per variant in rank order; each figure with its 95 % interval and n underneath. Rows
 * in one tier are ones the ranking cannot separate, shaded alike. */
export function ScorecardTable({ scorecard }: { scorecard: ScorecardData }) {
  return (
    <div className="overflow-x-auto rounded-lg bg-white ring-1 ring-zinc-200">
      <table className="w-full text-sm" data-testid="scorecard-table">
        <thead className="bg-zinc-50 text-left text-xs text-zinc-600">
          <tr>
            <th className="px-3 py-2">Rank</th>
            <th className="px-3 py-2">Variant</th>
            <th className="px-3 py-2">Score</th>
            {scorecard.metrics.map((info) => (
              <th key={info.metric} className={`px-3 py-2 ${info.counted ? "" : "text-zinc-400"}`} title={info.counted ? `weight ${info.weight}` : "not in the score"}>
                {info.label} {info.higherIsBetter ? "↑" : "↓"}
                <span className="block font-normal">{info.counted ? `weight ${info.weight}` : "not scored"}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {scorecard.rows.map((row) => (
            <tr key={row.variantId} className={`border-t border-zinc-100 align-top ${row.tier % 2 === 0 ? "bg-zinc-50/60" : ""}`} data-testid="scorecard-row">
              <td className="px-3 py-2 whitespace-nowrap">
                {row.rank}
                <span className="block text-xs text-zinc-500">tier {row.tier}</span>
              </td>
              <td className="px-3 py-2 font-medium whitespace-nowrap">
                {row.name}
                {row.next && !row.next.separable && (
                  <span className="block text-xs font-normal text-amber-700" title={row.next.sentence}>
                    ≈ {row.next.name}: not separable
                  </span>
                )}
              </td>
              <td className="px-3 py-2 whitespace-nowrap" data-testid="scorecard-score">
                {row.score === null ? "—" : row.score.toFixed(2)}
                {row.scoreCi95 && <span className="block text-xs text-zinc-500">{row.scoreCi95.map((end) => end.toFixed(2)).join("–")}</span>}
              </td>
              {scorecard.metrics.map((info) => {
                const figure = row.figures[info.metric];
                return (
                  <td key={info.metric} className={`px-3 py-2 whitespace-nowrap ${info.counted ? "" : "text-zinc-500"}`}>
                    {figure.estimate === null ? (
                      <span className="text-zinc-400">— {figure.note}</span>
                    ) : (
                      <>
                        {formatFigure(info.unit, figure.estimate)}
                        <span className="block text-xs text-zinc-500">
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
