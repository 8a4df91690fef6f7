"use client";

import { useState, type FormEvent } from "react";
import { formatMs, formatRateWithInterval } from "@/lib/format/figures";
import { formatUsd } from "@/lib/format/money";
import { useVariants } from "../settings/use-variants";
import { Button } from "../ui/button";
import { FormError } from "../ui/field";
import { Textarea } from "../ui/input";
import { NativeSelect } from "../ui/native-select";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "../ui/table";
import { useCancelJudging, useJudgingDetail, useRunJudgings, useStartJudging, type JudgingData } from "./use-judgings";

/** A judge variant compares the run's answers of each case pairwise, in both orders: its
 * verdicts, how often they held when the order was swapped, and what judging cost. */
export function RunJudgings({ runId, finished, canEdit }: { runId: string; finished: boolean; canEdit: boolean }) {
  const judgings = useRunJudgings(runId, finished);
  if (!finished) return null;
  return (
    <section className="space-y-3 rounded-lg bg-card p-4 ring-1 ring-border" data-testid="run-judgings">
      <h2 className="text-sm font-semibold">
        Judging <span className="font-normal text-muted-foreground">— a judge variant compares the answers of each case pairwise, in both orders; a verdict that flips with the order counts as a tie</span>
      </h2>
      {judgings.isError && <p className="text-sm text-red-700 dark:text-red-300">{judgings.error.message}</p>}
      {judgings.data?.map((judging) => <JudgingRow key={judging.id} judging={judging} canEdit={canEdit} />)}
      {judgings.data?.length === 0 && <p className="text-sm text-muted-foreground">Not judged yet.</p>}
      {canEdit && <StartJudging runId={runId} />}
    </section>
  );
}

function JudgingRow({ judging, canEdit }: { judging: JudgingData; canEdit: boolean }) {
  const [open, setOpen] = useState(false);
  const live = judging.status === "queued" || judging.status === "running";
  const cancel = useCancelJudging();
  const { consistency, progress } = judging;
  return (
    <div className="space-y-2 border-t border-border pt-3 text-sm" data-testid="judging">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <p>
          <span className="font-medium">{judging.judge.name}</span> · {judging.status} · {progress.judged}/{progress.total} pairs
          {progress.errors > 0 && <span className="text-amber-700 dark:text-amber-300"> · {progress.errors} without a verdict</span>}
        </p>
        {canEdit && live && (
          <Button variant="danger" onClick={() => cancel.mutate(judging.id)} disabled={cancel.isPending}>
            Cancel judging
          </Button>
        )}
      </div>
      {judging.error && <p className="rounded-md bg-amber-50 dark:bg-amber-500/15 px-3 py-2 text-amber-900 dark:text-amber-200">{judging.error}</p>}
      <p className="text-muted-foreground" data-testid="judging-numbers">
        Consistent in both orders: <span className="font-medium text-foreground">{formatRateWithInterval(consistency.share, consistency.ci95, consistency.n)}</span> · judging cost{" "}
        {formatUsd(judging.costUsd)} · {judging.calls} calls · {judging.inputTokens + judging.outputTokens} tokens · mean {formatMs(judging.meanTotalMs === null ? null : Math.round(judging.meanTotalMs))}
      </p>
      <details onToggle={(event) => setOpen(event.currentTarget.open)}>
        <summary className="cursor-pointer text-primary">Rubric and wins per pair</summary>
        <p className="mt-2 whitespace-pre-wrap text-muted-foreground">{judging.rubric}</p>
        {open && <JudgingWins id={judging.id} live={live} />}
      </details>
    </div>
  );
}

function JudgingWins({ id, live }: { id: string; live: boolean }) {
  const detail = useJudgingDetail(id, true, live);
  if (detail.isPending) return <p className="text-muted-foreground">Loading…</p>;
  if (detail.isError) return <p className="text-red-700 dark:text-red-300">{detail.error.message}</p>;
  return (
    <Table containerClassName="mt-2" data-testid="judging-wins">
      <TableHeader>
        <TableRow>
          <TableHead>Pair</TableHead>
          <TableHead className="text-right">First wins</TableHead>
          <TableHead className="text-right">Second wins</TableHead>
          <TableHead className="text-right">Ties (flipped)</TableHead>
          <TableHead className="text-right">Both bad</TableHead>
          <TableHead className="text-right">No verdict</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {detail.data.wins.map((pair) => (
          <TableRow key={`${pair.first.id}-${pair.second.id}`}>
            <TableCell className="py-1.5">
              {pair.first.name} vs {pair.second.name}
            </TableCell>
            <TableCell className="py-1.5 text-right tabular-nums">{pair.firstWins}</TableCell>
            <TableCell className="py-1.5 text-right tabular-nums">{pair.secondWins}</TableCell>
            <TableCell className="py-1.5 text-right tabular-nums">
              {pair.ties} ({pair.inconsistent})
            </TableCell>
            <TableCell className="py-1.5 text-right tabular-nums">{pair.bothBad}</TableCell>
            <TableCell className="py-1.5 text-right tabular-nums">{pair.errors}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

function StartJudging({ runId }: { runId: string }) {
  const variants = useVariants();
  const start = useStartJudging(runId);
  const [judgeVariantId, setJudge] = useState("");
  const [rubric, setRubric] = useState("");
  const submit = (event: FormEvent) => {
    event.preventDefault();
    start.mutate({ judgeVariantId, rubric }, { onSuccess: () => setRubric("") });
  };
  return (
    <form onSubmit={submit} className="space-y-2 border-t border-border pt-3" aria-label="Start a judging">
      <label className="block text-sm">
        <span className="mb-1 block font-medium text-foreground/80">Judge variant</span>
        <NativeSelect required value={judgeVariantId} onChange={(event) => setJudge(event.target.value)} className="max-w-md">
          <option value="">Choose…</option>
          {variants.data?.map((variant) => (
            <option key={variant.id} value={variant.id}>
              {variant.name}
            </option>
          ))}
        </NativeSelect>
      </label>
      <label className="block text-sm">
        <span className="mb-1 block font-medium text-foreground/80">Rubric</span>
        <Textarea required maxLength={10_000} rows={3} value={rubric} onChange={(event) => setRubric(event.target.value)} placeholder="What makes one answer better than the other?" />
      </label>
      <FormError message={start.error?.message ?? null} />
      <Button type="submit" disabled={start.isPending || !judgeVariantId || rubric.trim() === ""}>
        Judge pairwise
      </Button>
    </form>
  );
}
