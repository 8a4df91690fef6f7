"use client";

import Link from "next/link";
import { formatUsd } from "../compare/format";
import { EmptyState } from "../ui/empty-state";
import { RunProgressBar, RunStatus } from "./run-progress";
import { useRuns } from "./use-runs";

export function RunsList() {
  const runs = useRuns();
  if (runs.isPending) return <p className="text-sm text-zinc-500">Loading…</p>;
  if (runs.isError) return <p className="text-sm text-red-700">{runs.error.message}</p>;
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
              {run.dataset && ` · ${run.dataset.name}`} · {run.totalItems} items · est. {formatUsd(run.estimatedCostUsd)} · {new Date(run.createdAt).toLocaleString()}
            </p>
          </div>
          <div className="self-center">
            <RunProgressBar run={run} compact />
            <p className="mt-1 text-right text-xs text-zinc-500 tabular-nums">
              {run.progress.finished}/{run.progress.total} · {run.progress.passed} passed
            </p>
          </div>
        </li>
      ))}
    </ul>
  );
}
