"use client";

import { useQueryClient } from "@tanstack/react-query";
import { CircleStop, Download, GitCompareArrows, Route, Trophy } from "lucide-react";
import Link from "next/link";
import { useEffect, useState } from "react";
import { RunCharts } from "../charts/run-charts";
import { formatUsd, sumUsd } from "@/lib/format/money";
import { answersCostUsd } from "@/lib/runs/summary-columns";
import { Button } from "../ui/button";
import { PageHeader } from "../ui/page-header";
import { RunComparisons } from "./run-comparisons";
import { RunItemDialog } from "./run-item-dialog";
import { RunJudgings } from "./run-judgings";
import { RunMatrix } from "./run-matrix";
import { RunProgressBar, RunStatus } from "./run-progress";
import { RunRepetitions } from "./run-repetitions";
import { RunRobustness } from "./run-robustness";
import { BaselineSummary, RunSummaryTable } from "./run-summary-table";
import { SystemPromptNote } from "./system-prompt-note";
import { isLive, runKeys, useCancelRun, useRun, useRunItems, useRunSummary, type RunData, type RunItemRow } from "./use-runs";

const NO_ITEMS: RunItemRow[] = [];


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

  if (run.isPending) return <p className="text-sm text-muted-foreground">Loading…</p>;
  if (run.isError) return <p className="text-sm text-red-700 dark:text-red-300">{run.error.message}</p>;
  const data = run.data;
  return (
    <div className="space-y-6">
      <PageHeader
        title={
          <span className="flex flex-wrap items-center gap-2">
            <span className="min-w-0 break-words">{data.name}</span> <RunStatus status={data.status} />
          </span>
        }
        description={
          <>
            {data.kind === "replay" ? "Replay" : "Load test"} of{" "}
            {data.prompt && (
              <Link className="text-primary hover:underline" href={`/prompts/${data.prompt.id}`}>
                {data.prompt.name}@{data.prompt.version}
              </Link>
            )}
            {data.dataset && (
              <>
                {" over "}
                <Link className="text-primary hover:underline" href={`/datasets/${data.dataset.id}`}>
                  {data.dataset.name}
                </Link>
              </>
            )}
            {data.kind === "replay" ? ` · ${data.repetitions}× · concurrency ${data.concurrency}` : ` · ${data.requestCount} requests at ${data.concurrencyLevels.join(", ")}`}
            {" · "}
            <span data-testid="run-cost" className="tabular-nums">
              estimated {formatUsd(data.estimatedCostUsd)}
              {summary.data && ` · spent ${formatUsd(answersCostUsd(summary.data))}`}
              {summary.data && Number(data.judgingCostUsd) > 0 && ` · ${formatUsd(data.judgingCostUsd)} judging · ${formatUsd(sumUsd([answersCostUsd(summary.data), data.judgingCostUsd]))} in total`}
              {data.budgetUsd !== null && ` of a ${formatUsd(data.budgetUsd)} budget`}
            </span>{" "}
            · by {data.createdBy}
            {data.baselineRun && (
              <span className="block">
                Baseline:{" "}
                <Link className="text-primary hover:underline" href={`/runs/${data.baselineRun.id}`}>
                  {data.baselineRun.name}
                </Link>
              </span>
            )}
          </>
        }
        actions={<RunActions run={data} live={live} canEdit={canEdit} onCancel={() => cancel.mutate()} cancelling={cancel.isPending} />}
      />
      <SystemPromptNote runId={id} />
      <RunProgressBar run={data} />
      {data.error && (
        <p role="alert" className="rounded-md bg-amber-50 dark:bg-amber-500/15 px-3 py-2 text-sm text-amber-900 dark:text-amber-200">
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
        <h2 className="text-sm font-semibold text-foreground">
          Answers <span className="font-normal text-muted-foreground">— open a cell for the full answer, its checks and the diff against the baseline</span>
        </h2>
        <RunMatrix run={data} items={allItems} onOpen={setOpenItem} />
      </section>
      {openItem && <RunItemDialog runId={id} itemId={openItem} userId={userId} onClose={() => setOpenItem(null)} />}
    </div>
  );
}

/** The run's next steps: cancel while it runs; once a replay is finished, its scorecard, a
 * comparison with another run and routing what-ifs; the CSV export always. */
function RunActions({ run, live, canEdit, onCancel, cancelling }: { run: RunData; live: boolean; canEdit: boolean; onCancel: () => void; cancelling: boolean }) {
  const finishedReplay = run.kind === "replay" && !live;
  return (
    <>
      {canEdit && live && (
        <Button variant="danger" size="sm" onClick={onCancel} loading={cancelling}>
          <CircleStop aria-hidden /> Cancel run
        </Button>
      )}
      {finishedReplay && (
        <Button asChild variant="outline" size="sm">
          <Link href={`/runs/${run.id}/scorecard`}>
            <Trophy aria-hidden /> Scorecard
          </Link>
        </Button>
      )}
      {finishedReplay && (
        <Button asChild variant="outline" size="sm">
          <Link href={`/runs/${run.id}/compare`}>
            <GitCompareArrows aria-hidden /> Compare with another run
          </Link>
        </Button>
      )}
      {finishedReplay && run.variants.length > 1 && (
        <Button asChild variant="outline" size="sm">
          <Link href={`/runs/${run.id}/routing`}>
            <Route aria-hidden /> Routing what-if
          </Link>
        </Button>
      )}
      <Button asChild variant="outline" size="sm">
        <a href={`/api/v1/runs/${run.id}/export`} download>
          <Download aria-hidden /> Export CSV
        </a>
      </Button>
    </>
  );
}
