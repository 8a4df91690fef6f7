"use client";

import Link from "next/link";
import { useState } from "react";
import { Button } from "../ui/button";
import { FormError } from "../ui/field";
import { useRun } from "../runs/use-runs";
import { initialDraft, toDefinition, type PolicyDraft } from "./routing-draft";
import { RoutingPolicyBuilder } from "./routing-policy-builder";
import { RoutingResult } from "./routing-result";
import { SavedPolicies } from "./routing-saved-policies";
import { useProjectRouting } from "./use-routing";

/** Routing what-ifs on a finished replay: build or load a policy, project it over the stored
 * answers, and read it against every single variant. */
export function RoutingWhatIf({ runId, canEdit }: { runId: string; canEdit: boolean }) {
  const run = useRun(runId);
  const project = useProjectRouting(runId);
  const [draft, setDraft] = useState<PolicyDraft | null>(null);
  if (run.isPending) return <p className="text-sm text-muted-foreground">Loading…</p>;
  if (run.isError) return <p className="text-sm text-red-700 dark:text-red-300">{run.error.message}</p>;
  const variants = run.data.variants;
  const names = variants.map((variant) => variant.name);
  const current = draft ?? initialDraft(names);
  const finished = run.data.status !== "queued" && run.data.status !== "running";
  return (
    <div className="space-y-6">
      <div className="space-y-1">
        <h1 className="text-xl font-semibold">Routing what-if</h1>
        <p className="text-sm text-muted-foreground">
          What would a routing, cascade or fallback policy have done on{" "}
          <Link className="text-primary hover:underline" href={`/runs/${runId}`}>
            {run.data.name}
          </Link>
          ? Projected from the answers every variant already gave — no new calls.
        </p>
      </div>
      {run.data.kind !== "replay" || variants.length < 2 ? (
        <p className="text-sm text-muted-foreground">Routing what-ifs need a replay run with at least two variants.</p>
      ) : !finished ? (
        <p className="text-sm text-muted-foreground">The run is still going: come back once it has finished.</p>
      ) : (
        <>
          <section className="space-y-4 rounded-lg bg-card p-4 ring-1 ring-border">
            <SavedPolicies draft={current} variants={variants} canEdit={canEdit} onLoad={setDraft} />
            <RoutingPolicyBuilder draft={current} variants={names} onChange={setDraft} />
            <FormError message={project.error?.message ?? null} />
            <Button onClick={() => project.mutate(toDefinition(current))} disabled={project.isPending}>
              {project.isPending ? "Projecting…" : "Project"}
            </Button>
          </section>
          {project.data && <RoutingResult projection={project.data} />}
        </>
      )}
    </div>
  );
}
