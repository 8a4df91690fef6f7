"use client";

import { useState } from "react";
import { scorecardMetrics } from "@/lib/decide/scorecard-metrics";
import { MAX_WEIGHT, type Weights } from "@/lib/decide/scorecard-score";
import { Button } from "../ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "../ui/card";
import { Input } from "../ui/input";
import type { ScorecardData } from "./use-scorecard";

/** The weights: a number per metric (0 ignores it). "Apply" re-ranks on this page only; "Save
 * for the dataset" (editors) makes them every scorecard's of the dataset's runs. */
export function WeightsEditor({
  scorecard,
  canSave,
  saving,
  onApply,
  onSave,
  onReset,
}: {
  scorecard: ScorecardData;
  canSave: boolean;
  saving: boolean;
  onApply: (weights: Weights) => void;
  onSave: (weights: Weights) => void;
  onReset: () => void;
}) {
  const current = Object.fromEntries(scorecard.metrics.map((info) => [info.metric, info.weight])) as Weights;
  const [draft, setDraft] = useState<Record<string, string>>(() => Object.fromEntries(Object.entries(current).map(([metric, weight]) => [metric, String(weight)])));
  const parsed = Object.fromEntries(scorecardMetrics.map((metric) => [metric, Number(draft[metric])])) as Weights;
  const valid = Object.values(parsed).every((weight) => Number.isFinite(weight) && weight >= 0 && weight <= MAX_WEIGHT) && Object.values(parsed).some((weight) => weight > 0);
  const source = { request: "previewed here, not saved", dataset: "saved for this dataset", defaults: "the defaults (none saved for this dataset)" }[scorecard.weightsFrom];
  return (
    <Card data-testid="scorecard-weights">
      <CardHeader>
        <CardTitle className="text-sm">
          Weights <span className="font-normal text-muted-foreground">— {source}</span>
        </CardTitle>
      </CardHeader>
      <CardContent className="space-y-4 pt-3">
        <div className="grid grid-cols-2 items-end gap-3 sm:grid-cols-4">
          {scorecard.metrics.map((info) => (
            <label key={info.metric} className="flex flex-col gap-1.5 text-xs font-medium text-muted-foreground">
              <span>
                {info.label} {info.higherIsBetter ? "↑" : "↓"}
              </span>
              <Input
                type="number"
                min={0}
                max={MAX_WEIGHT}
                step={0.5}
                aria-label={`Weight of ${info.label}`}
                className="w-24"
                value={draft[info.metric] ?? ""}
                onChange={(event) => setDraft({ ...draft, [info.metric]: event.target.value })}
              />
            </label>
          ))}
        </div>
        <div className="flex flex-wrap items-center gap-2">
          <Button variant="secondary" disabled={!valid} onClick={() => onApply(parsed)}>
            Apply
          </Button>
          {canSave && (
            <Button disabled={!valid} loading={saving} onClick={() => onSave(parsed)}>
              Save for the dataset
            </Button>
          )}
          {scorecard.weightsFrom === "request" && (
            <Button variant="ghost" onClick={onReset}>
              Back to the saved weights
            </Button>
          )}
          {!valid && <span className="text-xs text-destructive">Each weight is 0 to {MAX_WEIGHT}, and at least one above 0.</span>}
        </div>
      </CardContent>
    </Card>
  );
}
