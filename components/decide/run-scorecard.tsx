"use client";

import Link from "next/link";
import { useState } from "react";
import type { Weights } from "@/lib/decide/scorecard-score";
import { FrontierChart } from "./frontier-chart";
import { ScorecardTable } from "./scorecard-table";
import { useSaveWeights, useScorecard, weightsParam } from "./use-scorecard";
import { WeightsEditor } from "./weights-editor";

const linkClass = "rounded-md px-3 py-2 text-sm text-primary ring-1 ring-primary/30 hover:bg-accent";

/** The decision page of a run: its variants ranked on the weighted scorecard, the calls the
 * ranking cannot make, and where each variant sits on the quality–cost and quality–latency
 * frontiers. */
export function RunScorecard({ runId, canEdit }: { runId: string; canEdit: boolean }) {
  const [preview, setPreview] = useState<Weights | null>(null);
  const scorecard = useScorecard(runId, preview);
  const save = useSaveWeights(scorecard.data?.dataset?.id ?? "");
  if (scorecard.isPending) return <p className="text-sm text-muted-foreground">Scoring…</p>;
  if (scorecard.isError) return <p className="text-sm text-red-700 dark:text-red-300">{scorecard.error.message}</p>;
  const data = scorecard.data;
  const query = preview ? `&weights=${encodeURIComponent(weightsParam(preview))}` : "";
  const weightsKey = `${data.weightsFrom}:${data.metrics.map((info) => info.weight).join(",")}`;
  return (
    <div className="space-y-6" data-testid="run-scorecard">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="space-y-1">
          <h1 className="text-xl font-semibold">Scorecard</h1>
          <p className="text-sm text-muted-foreground">
            <Link className="text-primary hover:underline" href={`/runs/${runId}`}>
              {data.run.name || "This run"}
            </Link>
            {data.dataset && <> over {data.dataset.name}</>} · {data.cases} cases · {data.rows.length} variants
          </p>
        </div>
        <div className="flex flex-wrap gap-2">
          <Link className={linkClass} href={`/runs/${runId}/routing`}>
            Routing what-if
          </Link>
          <a className={linkClass} href={`/api/v1/runs/${runId}/scorecard/export?format=csv${query}`} download>
            Export CSV
          </a>
          <a className={linkClass} href={`/api/v1/runs/${runId}/scorecard/export?format=md${query}`} download>
            Export Markdown
          </a>
        </div>
      </div>
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
      <section className="space-y-1 text-sm" data-testid="scorecard-ranking">
        <h2 className="text-sm font-semibold">What the ranking can and cannot say</h2>
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
      </section>
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
