"use client";

import { Download, Split } from "lucide-react";
import Link from "next/link";
import { useState } from "react";
import type { Weights } from "@/lib/decide/scorecard-score";
import { Button } from "../ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "../ui/card";
import { PageHeader } from "../ui/page-header";
import { FrontierChart } from "./frontier-chart";
import { ScorecardTable } from "./scorecard-table";
import { useSaveWeights, useScorecard, weightsParam } from "./use-scorecard";
import { WeightsEditor } from "./weights-editor";

/** The decision page of a run: its variants ranked on the weighted scorecard, the calls the
 * ranking cannot make, and where each variant sits on the quality–cost and quality–latency
 * frontiers. */
export function RunScorecard({ runId, canEdit }: { runId: string; canEdit: boolean }) {
  const [preview, setPreview] = useState<Weights | null>(null);
  const scorecard = useScorecard(runId, preview);
  const save = useSaveWeights(scorecard.data?.dataset?.id ?? "");
  if (scorecard.isPending) return <p className="text-sm text-muted-foreground">Scoring…</p>;
  if (scorecard.isError) return <p className="text-sm text-destructive">{scorecard.error.message}</p>;
  const data = scorecard.data;
  const query = preview ? `&weights=${encodeURIComponent(weightsParam(preview))}` : "";
  const weightsKey = `${data.weightsFrom}:${data.metrics.map((info) => info.weight).join(",")}`;
  return (
    <div className="space-y-6" data-testid="run-scorecard">
      <PageHeader
        title="Scorecard"
        description={
          <>
            <Link className="text-primary hover:underline" href={`/runs/${runId}`}>
              {data.run.name || "This run"}
            </Link>
            {data.dataset && <> over {data.dataset.name}</>} · {data.cases} cases · {data.rows.length} variants
          </>
        }
        actions={
          <>
            <Button variant="outline" asChild>
              <Link href={`/runs/${runId}/routing`}>
                <Split aria-hidden /> Routing what-if
              </Link>
            </Button>
            <Button variant="outline" asChild>
              <a href={`/api/v1/runs/${runId}/scorecard/export?format=csv${query}`} download>
                <Download aria-hidden /> Export CSV
              </a>
            </Button>
            <Button variant="outline" asChild>
              <a href={`/api/v1/runs/${runId}/scorecard/export?format=md${query}`} download>
                <Download aria-hidden /> Export Markdown
              </a>
            </Button>
          </>
        }
      />
      <WeightsEditor
        key={weightsKey}
        scorecard={data}
        canSave={canEdit && data.dataset !== null}
        saving={save.isPending}
        onApply={setPreview}
        onReset={() => setPreview(null)}
        onSave={(weights) => save.mutate(weights, { onSuccess: () => setPreview(null) })}
      />
      <ScorecardTable scorecard={data} />
      <Card data-testid="scorecard-ranking">
        <CardHeader>
          <CardTitle className="text-sm">What the ranking can and cannot say</CardTitle>
        </CardHeader>
        <CardContent className="space-y-2 pt-3 text-sm">
          <ul className="space-y-1">
            {data.rows.flatMap((row) =>
              row.next ? [
                <li key={row.variantId} className={row.next.separable ? "text-foreground" : "text-muted-foreground"}>
                  {row.next.separable ? "● " : "≈ "}
                  {row.next.sentence}
                </li>,
              ] : [],
            )}
          </ul>
          {data.notes.map((note) => (
            <p key={note} className="text-xs text-amber-800 dark:text-amber-300">
              {note}
            </p>
          ))}
        </CardContent>
      </Card>
      <div className="grid gap-4 lg:grid-cols-2" data-testid="frontiers">
        {data.frontiers.map((plot) => (
          <FrontierChart key={plot.axis} plot={plot} />
        ))}
      </div>
      <p className="text-xs text-muted-foreground">
        Each figure has a 95 % interval: Wilson&apos;s for pass rate and error rate on noisy cases (cases tagged noisy:…); for the others {data.resamples} seeded
        bootstrap resamples over test cases, every variant drawn on the same cases. The score is the weighted mean of the metrics on a 0–1 scale where 1 is best:
        rates as they are (error rate as 1 − rate), amounts where lower is better as the best variant&apos;s value ÷ this one&apos;s, and no useful answer at all as 0.
        A variant and the next one down are not separable when the 95 % interval of their paired score difference includes 0; they then share a tier. A variant is
        Pareto-optimal when no other has a pass rate at least as high for at most its cost (or p95), better in one of the two.
      </p>
    </div>
  );
}
