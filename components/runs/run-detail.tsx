"use client";

import { useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useEffect, useState } from "react";
import { RunCharts } from "../charts/run-charts";
import { formatUsd } from "../compare/format";
import { Button } from "../ui/button";
import { RunComparisons } from "./run-comparisons";
import { RunItemDialog } from "./run-item-dialog";
import { RunJudgings } from "./run-judgings";
import { RunMatrix } from "./run-matrix";
import { RunProgressBar, RunStatus } from "./run-progress";
import { RunRepetitions } from "./run-repetitions";
import { RunRobustness } from "./run-robustness";
import { BaselineSummary, RunSummaryTable } from "./run-summary-table";
import { SystemPromptNote } from "./system-prompt-note";
import { isLive, runKeys, useCancelRun, useRun, useRunItems, useRunSummary, type RunItemRow, type RunSummaryData } from "./use-runs";

const NO_ITEMS: RunItemRow[] = [];

/** What the variants' answers cost; judging is shown apart from it. */
const spentOnAnswers = (summary: RunSummaryData) => summary.variants.reduce((sum, stats) => sum + stats.costUsd, 0);

export function RunDetail({ id, canEdit, userId }: { id: string; canEdit: boolean; userId: string }) {
  const run = useRun(id);
  const live = isLive(run.data);
  const summary = useRunSummary(id, live);
  const items = useRunItems(id, live);
  const cancel = useCancelRun(id);
  const [openItem, setOpenItem] = useState<string | null>(null);
  const client = useQueryClient();
  // Summary and items poll only while the run is live; when it ends they are read once more,
  // or the page would keep the figures of its last poll before the end.
  const status = run.data?.status;
  useEffect(() => {
    if (!status) return;
    void client.invalidateQueries({ queryKey: runKeys.summary(id) });
    void client.invalidateQueries({ queryKey: runKeys.items(id) });
  }, [client, id, status]);
  const allItems = items.data?.items ?? NO_ITEMS;

  if (run.isPending) return <p className="text-sm text-zinc-500">Loading…</p>;
  if (run.isError) return <p className="text-sm text-red-700">{run.error.message}</p>;
  const data = run.data;
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="space-y-1">
          <h1 className="flex items-center gap-2 text-xl font-semibold">
            {data.name} <RunStatus status={data.status} />
          </h1>
          <p className="text-sm text-zinc-600">
            {data.kind === "replay" ? "Replay" : "Load test"} of{" "}
            {data.prompt && (
              <Link className="text-indigo-700 hover:underline" href={`/prompts/${data.prompt.id}`}>
                {data.prompt.name}@{data.prompt.version}
              </Link>
            )}
            {data.dataset && (
              <>
                {" over "}
                <Link className="text-indigo-700 hover:underline" href={`/datasets/${data.dataset.id}`}>
                  {data.dataset.name}
                </Link>
              </>
            )}
            {data.kind === "replay" ? ` · ${data.repetitions}× · concurrency ${data.concurrency}` : ` · ${data.requestCount} requests at ${data.concurrencyLevels.join(", ")}`}
            {" · "}
            <span data-testid="run-cost">
              estimated {formatUsd(data.estimatedCostUsd)}
              {summary.data && ` · spent ${formatUsd(spentOnAnswers(summary.data))}`}
              {summary.data && data.judgingCostUsd > 0 && ` · ${formatUsd(data.judgingCostUsd)} judging · ${formatUsd(spentOnAnswers(summary.data) + data.judgingCostUsd)} in total`}
              {data.budgetUsd !== null && ` of a ${formatUsd(data.budgetUsd)} budget`}
            </span>{" "}
            · by {data.createdBy}
          </p>
          {data.baselineRun && (
            <p className="text-sm text-zinc-600">
              Baseline:{" "}
              <Link className="text-indigo-700 hover:underline" href={`/runs/${data.baselineRun.id}`}>
                {data.baselineRun.name}
              </Link>
            </p>
          )}
        </div>
        <div className="flex gap-2">
          {canEdit && live && (
            <Button variant="danger" onClick={() => cancel.mutate()} disabled={cancel.isPending}>
              Cancel run
            </Button>
          )}
          {data.kind === "replay" && !live && (
            <Link href={`/runs/${id}/scorecard`} className="rounded-md px-3 py-2 text-sm text-indigo-700 ring-1 ring-indigo-200 hover:bg-indigo-50">
              Scorecard
            </Link>
          )}
          {data.kind === "replay" && !live && (
            <Link href={`/runs/${id}/compare`} className="rounded-md px-3 py-2 text-sm text-indigo-700 ring-1 ring-indigo-200 hover:bg-indigo-50">
              Compare with another run
            </Link>
          )}
          {data.kind === "replay" && !live && data.variants.length > 1 && (
            <Link href={`/runs/${id}/routing`} className="rounded-md px-3 py-2 text-sm text-indigo-700 ring-1 ring-indigo-200 hover:bg-indigo-50">
              Routing what-if
            </Link>
          )}
          <a href={`/api/v1/runs/${id}/export`} download className="rounded-md px-3 py-2 text-sm text-indigo-700 ring-1 ring-indigo-200 hover:bg-indigo-50">
            Export CSV
          </a>
        </div>
      </div>
      <SystemPromptNote runId={id} />
      <RunProgressBar run={data} />
      {data.error && (
        <p role="alert" className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {data.error}
        </p>
      )}
      {summary.data && (
        <>
          <RunSummaryTable run={data} summary={summary.data} byLevel={false} />
          {data.kind === "load" && <RunSummaryTable run={data} summary={summary.data} byLevel />}
          <BaselineSummary summary={summary.data} baselineName={data.baselineRun?.name ?? ""} />
          <RunCharts run={data} summary={summary.data} />
        </>
      )}
      {data.kind === "replay" && <RunComparisons runId={id} finished={!live} />}
      {data.kind === "replay" && data.repetitions > 1 && <RunRepetitions runId={id} finished={!live} />}
      {data.kind === "replay" && <RunJudgings runId={id} finished={!live} canEdit={canEdit} />}
      {data.kind === "replay" && <RunRobustness runId={id} finished={!live} />}
      <section className="space-y-2">
        <h2 className="text-sm font-semibold">
          Answers <span className="font-normal text-zinc-500">— open a cell for the full answer, its checks and the diff against the baseline</span>
        </h2>
        <RunMatrix run={data} items={allItems} onOpen={setOpenItem} />
      </section>
      {openItem && <RunItemDialog runId={id} itemId={openItem} userId={userId} onClose={() => setOpenItem(null)} />}
    </div>
  );
}
