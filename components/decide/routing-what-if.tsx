"use client";

import { ClipboardList, Hourglass, Split } from "lucide-react";
import Link from "next/link";
import { useState } from "react";
import { Button } from "../ui/button";
import { Card, CardContent, CardFooter } from "../ui/card";
import { EmptyState } from "../ui/empty-state";
import { PageHeader } from "../ui/page-header";
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
  if (run.isError) return <p className="text-sm text-destructive">{run.error.message}</p>;
  const variants = run.data.variants;
  const names = variants.map((variant) => variant.name);
  const current = draft ?? initialDraft(names);
  const finished = run.data.status !== "queued" && run.data.status !== "running";
  return (
    <div className="space-y-6">
      <PageHeader
        title="Routing what-if"
        description={
          <>
            What would a routing, cascade or fallback policy have done on{" "}
            <Link className="text-primary hover:underline" href={`/runs/${runId}`}>
              {run.data.name}
            </Link>
            ? Projected from the answers every variant already gave — no new calls.
          </>
        }
        actions={
          <Button variant="outline" asChild>
            <Link href={`/runs/${runId}/scorecard`}>
              <ClipboardList aria-hidden /> Scorecard
            </Link>
          </Button>
        }
      />
      {run.data.kind !== "replay" || variants.length < 2 ? (
        <EmptyState icon={Split} title="Nothing to route here" action={{ href: "/runs/new", label: "Plan a replay" }}>
          Routing what-ifs need a replay run with at least two variants.
        </EmptyState>
      ) : !finished ? (
        <EmptyState icon={Hourglass} title="The run is still going" action={{ href: `/runs/${runId}`, label: "Watch its progress" }}>
          Come back once it has finished: the what-if projects from the answers it stores.
        </EmptyState>
      ) : (
        <>
          <Card>
            <CardContent className="space-y-4">
              <SavedPolicies draft={current} variants={variants} canEdit={canEdit} onLoad={setDraft} />
              <RoutingPolicyBuilder draft={current} variants={names} onChange={setDraft} />
              <FormError message={project.error?.message ?? null} />
            </CardContent>
            <CardFooter>
              <Button onClick={() => project.mutate(toDefinition(current))} loading={project.isPending}>
                Project
              </Button>
            </CardFooter>
          </Card>
          {project.data && <RoutingResult projection={project.data} />}
        </>
      )}
    </div>
  );
}
