"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { Field } from "../ui/field";
import { NativeSelect } from "../ui/native-select";
import { PageHeader } from "../ui/page-header";
import { RunComparisons } from "./run-comparisons";
import { useRun, useRuns } from "./use-runs";

/** Any two runs, compared on the cases they share: pick the other run, read the differences. */
export function RunVersusRun({ id, against }: { id: string; against?: string }) {
  const run = useRun(id);
  const runs = useRuns();
  const router = useRouter();
  if (run.isPending || runs.isPending) return <p className="text-sm text-muted-foreground">Loading…</p>;
  if (run.isError) return <p className="text-sm text-red-700 dark:text-red-300">{run.error.message}</p>;
  const others = (runs.data ?? []).filter((candidate) => candidate.id !== id && candidate.kind === "replay" && candidate.status === "done");
  return (
    <div className="space-y-4">
      <PageHeader
        className="mb-0"
        title={
          <>
            Compare{" "}
            <Link className="text-primary hover:underline" href={`/runs/${id}`}>
              {run.data.name}
            </Link>{" "}
            with another run
          </>
        }
        description="The answers are paired on the cases both runs share, variant by variant."
      />
      <Field label="The other run" htmlFor="other-run" className="max-w-xl">
        <NativeSelect
          id="other-run"
          aria-label="Other run"
          value={against ?? ""}
          onChange={(event) => router.push(`/runs/${id}/compare${event.target.value ? `?against=${event.target.value}` : ""}`)}
        >
          <option value="">Choose a run…</option>
          {others.map((other) => (
            <option key={other.id} value={other.id}>
              {other.name} · {other.dataset?.name ?? "no dataset"} · {other.variants.map((variant) => variant.name).join(", ")}
            </option>
          ))}
        </NativeSelect>
      </Field>
      {against ? <RunComparisons runId={id} against={against} finished /> : <p className="text-sm text-muted-foreground">Choose a finished replay to compare with.</p>}
    </div>
  );
}
