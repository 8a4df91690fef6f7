"use client";

import { useState } from "react";
import { formatFigure } from "@/lib/decide/scorecard-export";
import { cn } from "@/lib/ui/cn";
import { Badge } from "../ui/badge";
import { Label } from "../ui/label";
import { Switch } from "../ui/switch";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "../ui/table";
import type { ScorecardData } from "./use-scorecard";

/** One row per variant in rank order; each figure with its 95 % interval and n underneath. Rows
 * in one tier are ones the ranking cannot separate, shaded alike. The metrics outside the score
 * (weight 0) wait behind a switch: all of them at once do not fit a laptop screen. */
export function ScorecardTable({ scorecard }: { scorecard: ScorecardData }) {
  const [showAll, setShowAll] = useState(false);
  const unscored = scorecard.metrics.filter((info) => !info.counted);
  const metrics = showAll ? scorecard.metrics : scorecard.metrics.filter((info) => info.counted);
  return (
    <div className="space-y-2">
      {unscored.length > 0 && (
        <div className="flex items-center gap-2">
          <Switch id="scorecard-unscored" checked={showAll} onCheckedChange={setShowAll} />
          <Label htmlFor="scorecard-unscored" className="font-normal text-muted-foreground">
            Also show the {unscored.length === 1 ? "metric" : `${unscored.length} metrics`} not in the score ({unscored.map((info) => info.label).join(", ")})
          </Label>
        </div>
      )}
      <ScorecardRows scorecard={scorecard} metrics={metrics} />
    </div>
  );
}

function ScorecardRows({ scorecard, metrics }: { scorecard: ScorecardData; metrics: ScorecardData["metrics"] }) {
  return (
    <Table data-testid="scorecard-table" className="[&_td]:align-top">
      <TableHeader>
        <TableRow>
          <TableHead>Rank</TableHead>
          <TableHead>Variant</TableHead>
          <TableHead>Score</TableHead>
          {metrics.map((info) => (
            <TableHead key={info.metric} className={cn("h-auto min-w-28 py-2 align-bottom whitespace-normal", !info.counted && "text-muted-foreground/70")} title={info.counted ? `weight ${info.weight}` : "not in the score"}>
              {info.label} {info.higherIsBetter ? "↑" : "↓"}
              <span className="block font-normal tracking-normal normal-case">{info.counted ? `weight ${info.weight}` : "not scored"}</span>
            </TableHead>
          ))}
        </TableRow>
      </TableHeader>
      <TableBody>
        {scorecard.rows.map((row) => (
          <TableRow key={row.variantId} className={row.tier % 2 === 0 ? "bg-muted/40" : undefined} data-testid="scorecard-row">
            <TableCell className="whitespace-nowrap">
              <span className="font-semibold tabular-nums">{row.rank}</span>
              <span className="block text-xs text-muted-foreground">tier {row.tier}</span>
            </TableCell>
            <TableCell className="min-w-40 font-medium">
              {row.name}
              {row.next && !row.next.separable && (
                <Badge variant="warning" className="mt-1 flex w-fit" title={row.next.sentence}>
                  ≈ {row.next.name}: not separable
                </Badge>
              )}
            </TableCell>
            <TableCell className="whitespace-nowrap tabular-nums" data-testid="scorecard-score">
              <span className="font-semibold">{row.score === null ? "—" : row.score.toFixed(2)}</span>
              {row.scoreCi95 && <span className="block text-xs text-muted-foreground">{row.scoreCi95.map((end) => end.toFixed(2)).join("–")}</span>}
            </TableCell>
            {metrics.map((info) => {
              const figure = row.figures[info.metric];
              return (
                <TableCell key={info.metric} className={cn("whitespace-nowrap tabular-nums", !info.counted && "text-muted-foreground")}>
                  {figure.estimate === null ? (
                    <span className="text-muted-foreground">— {figure.note}</span>
                  ) : (
                    <>
                      {formatFigure(info.unit, figure.estimate)}
                      <span className="block text-xs text-muted-foreground">
                        {figure.ci95 ? `${figure.ci95.map((end) => formatFigure(info.unit, end)).join("–")} · ` : ""}n = {figure.n}
                      </span>
                    </>
                  )}
                </TableCell>
              );
            })}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
