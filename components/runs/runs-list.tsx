"use client";

import Link from "next/link";
import { useDeferredValue, useState } from "react";
import { plural } from "@/lib/format/plural";
import { formatUsd } from "../compare/format";
import { EmptyState } from "../ui/empty-state";
import { RunProgressBar, RunStatus } from "./run-progress";
import { useRuns } from "./use-runs";

const select = "rounded-md bg-white px-2 py-1.5 text-sm ring-1 ring-zinc-300 ring-inset";

export function RunsList() {
  const [q, setQ] = useState("");
  const [status, setStatus] = useState("");
  const [kind, setKind] = useState("");
  const filters = { q: useDeferredValue(q.trim()), status, kind };
  const filtering = !!(filters.q || status || kind);
  const runs = useRuns(filters);
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-center gap-2" role="search">
        <input
          aria-label="Search runs"
          placeholder="Search by name, prompt, dataset or variant"
          value={q}
          onChange={(event) => setQ(event.target.value)}
          className="w-80 max-w-full rounded-md bg-white px-3 py-1.5 text-sm ring-1 ring-zinc-300 ring-inset"
        />
        <select aria-label="Status" value={status} onChange={(event) => setStatus(event.target.value)} className={select}>
          <option value="">Any status</option>
          {["queued", "running", "done", "cancelled", "failed"].map((value) => (
            <option key={value}>{value}</option>
          ))}
        </select>
        <select aria-label="Kind" value={kind} onChange={(event) => setKind(event.target.value)} className={select}>
          <option value="">Replay and load</option>
          <option value="replay">replay</option>
          <option value="load">load</option>
        </select>
      </div>
      <RunRows runs={runs} filtering={filtering} />
    </div>
  );
}

function RunRows({ runs, filtering }: { runs: ReturnType<typeof useRuns>; filtering: boolean }) {
  if (runs.isPending) return <p className="text-sm text-zinc-500">Loading…</p>;
  if (runs.isError) return <p className="text-sm text-red-700">{runs.error.message}</p>;
  if (runs.data.length === 0 && filtering) return <p className="py-6 text-center text-sm text-zinc-500">No run matches these filters.</p>;
  if (runs.data.length === 0)
    return (
      <EmptyState icon="▶" title="No runs yet" action={{ href: "/runs/new", label: "Plan a run" }}>
        <p>A run replays a prompt over a dataset against several variants, or repeats one request under load, and keeps every result.</p>
        <p className="mt-2">From CI: <code className="rounded bg-zinc-100 px-1">juxta replay --prompt NAME --dataset NAME --variants a,b --fail-on assertions</code></p>
      </EmptyState>
    );
  return (
    <ul className="divide-y divide-zinc-100 rounded-lg bg-white ring-1 ring-zinc-200" data-testid="run-list">
      {runs.data.map((run) => (
        <li key={run.id} className="grid gap-2 px-4 py-3 text-sm sm:grid-cols-[1fr_14rem]">
          <div>
            <Link href={`/runs/${run.id}`} className="font-medium hover:text-indigo-700">
              {run.name}
            </Link>{" "}
            <RunStatus status={run.status} />
            <p className="text-xs text-zinc-500">
              {run.kind} · {run.variants.map((variant) => variant.name).join(", ")}
              {run.dataset && ` · ${run.dataset.name}`} · {plural(run.totalItems, "item")} · {new Date(run.createdAt).toLocaleString()}
            </p>
          </div>
          <div className="self-center">
            <RunProgressBar run={run} compact />
            <p className="mt-1 text-right text-xs text-zinc-500 tabular-nums">
              {run.progress.finished}/{run.progress.total} · {run.progress.passed} passed
            </p>
            <p className="text-right text-xs text-zinc-500 tabular-nums" data-testid="run-cost">
              spent {formatUsd(run.progress.spentUsd)}
              {run.estimatedCostUsd !== null && <span className="text-zinc-400"> of est. {formatUsd(run.estimatedCostUsd)}</span>}
            </p>
          </div>
        </li>
      ))}
    </ul>
  );
}
