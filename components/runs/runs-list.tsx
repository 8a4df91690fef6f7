"use client";

import { PlayCircle, Search } from "lucide-react";
import Link from "next/link";
import { useDeferredValue, useState } from "react";
import { plural } from "@/lib/format/plural";
import { formatUsd } from "@/lib/format/money";
import { EmptyState } from "../ui/empty-state";
import { NativeSelect } from "../ui/native-select";
import { SearchInput } from "../ui/search-input";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "../ui/table";
import { RunProgressBar, RunStatus } from "./run-progress";
import { useRuns, type RunFilters } from "./use-runs";

export function RunsList() {
  const [q, setQ] = useState("");
  const [status, setStatus] = useState<NonNullable<RunFilters["status"]>>("");
  const [kind, setKind] = useState<NonNullable<RunFilters["kind"]>>("");
  const filters = { q: useDeferredValue(q.trim()), status, kind };
  const filtering = !!(filters.q || status || kind);
  const runs = useRuns(filters);
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-center gap-2" role="search">
        <SearchInput aria-label="Search runs" placeholder="Search by name, prompt, dataset or variant" value={q} onChange={(event) => setQ(event.target.value)} className="sm:w-96" />
        <NativeSelect aria-label="Status" value={status} onChange={(event) => setStatus(event.target.value as typeof status)} className="w-auto min-w-36 flex-1 sm:flex-none">
          <option value="">Any status</option>
          {["queued", "running", "done", "cancelled", "failed"].map((value) => (
            <option key={value}>{value}</option>
          ))}
        </NativeSelect>
        <NativeSelect aria-label="Kind" value={kind} onChange={(event) => setKind(event.target.value as typeof kind)} className="w-auto min-w-40 flex-1 sm:flex-none">
          <option value="">Replay and load</option>
          <option value="replay">replay</option>
          <option value="load">load</option>
        </NativeSelect>
      </div>
      <RunRows runs={runs} filtering={filtering} />
    </div>
  );
}

function RunRows({ runs, filtering }: { runs: ReturnType<typeof useRuns>; filtering: boolean }) {
  if (runs.isPending) return <p className="text-sm text-muted-foreground">Loading…</p>;
  if (runs.isError) return <p className="text-sm text-destructive">{runs.error.message}</p>;
  if (runs.data.length === 0 && filtering) return <EmptyState icon={Search} title="No run matches these filters." className="py-10" />;
  if (runs.data.length === 0)
    return (
      <EmptyState icon={PlayCircle} title="No runs yet" action={{ href: "/runs/new", label: "Plan a run" }}>
        <p>A run replays a prompt over a dataset against several variants, or repeats one request under load, and keeps every result.</p>
        <p className="mt-2">
          From CI: <code className="rounded bg-muted px-1 break-all">juxta replay --prompt NAME --dataset NAME --variants a,b --fail-on assertions</code>
        </p>
      </EmptyState>
    );
  // A table that scrolls sideways on its own on a phone: the progress and spend columns stay whole.
  return (
    <Table data-testid="run-list" className="min-w-[38rem]">
      <TableHeader>
        <TableRow>
          <TableHead>Run</TableHead>
          <TableHead className="w-48">Progress</TableHead>
          <TableHead className="w-44 text-right">Spent</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {runs.data.map((run) => (
          <TableRow key={run.id}>
            <TableCell className="max-w-0 min-w-64">
              <div className="flex min-w-0 items-center gap-2">
                <Link href={`/runs/${run.id}`} className="truncate font-medium text-foreground hover:text-primary hover:underline" title={run.name}>
                  {run.name}
                </Link>
                <RunStatus status={run.status} />
              </div>
              <p className="mt-0.5 truncate text-xs text-muted-foreground" title={run.variants.map((variant) => variant.name).join(", ")}>
                {run.kind} · {run.variants.map((variant) => variant.name).join(", ")}
                {run.dataset && ` · ${run.dataset.name}`} · {plural(run.totalItems, "item")} · {new Date(run.createdAt).toLocaleString()}
              </p>
            </TableCell>
            <TableCell>
              <RunProgressBar run={run} compact />
              <p className="mt-1 text-xs text-muted-foreground tabular-nums">
                {run.progress.finished}/{run.progress.total} · {run.progress.passed} passed
              </p>
            </TableCell>
            <TableCell className="text-right text-xs text-muted-foreground tabular-nums" data-testid="run-cost">
              <span className="font-medium text-foreground">{formatUsd(run.progress.spentUsd)}</span>
              {run.estimatedCostUsd !== null && <span className="block">of est. {formatUsd(run.estimatedCostUsd)}</span>}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
