"use client";

import { Database, Upload } from "lucide-react";
import Link from "next/link";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { toast } from "@/components/ui/sonner";
import { plural } from "@/lib/format/plural";
import { CaseEditor } from "./case-editor";
import { CaseTable } from "./case-table";
import { ImportDialog } from "./import-dialog";
import { NoisyCopyForm } from "./noisy-copy-form";
import { useAddCase, useDatasetSummary } from "./use-datasets";

export function DatasetDetail({ id, canEdit }: { id: string; canEdit: boolean }) {
  const dataset = useDatasetSummary(id);
  const addCase = useAddCase(id);
  const [adding, setAdding] = useState(false);
  const [importing, setImporting] = useState(false);
  const [noisyForm, setNoisyForm] = useState(false);

  if (dataset.isPending) return <p className="text-sm text-muted-foreground">Loading…</p>;
  if (dataset.isError) return <p className="text-sm text-destructive">{dataset.error.message}</p>;
  const data = dataset.data;

  return (
    <div className="space-y-6">
      <PageHeader
        className="mb-0"
        title={data.name}
        description={
          <>
            {plural(data.caseCount, "test case")}
            {data.withAssertions > 0 && ` · ${data.withAssertions} with assertions`}
            {data.description ? ` · ${data.description}` : ""}
            {data.noisyOfId && (
              <span className="block">
                A noisy copy of{" "}
                <Link className="text-primary hover:underline" href={`/datasets/${data.noisyOfId}`}>
                  its clean dataset
                </Link>
                {data.noise && ` · ${data.noise.kinds.join(", ")} · seed ${data.noise.seed}`}
              </span>
            )}
          </>
        }
        actions={
          <>
            {canEdit && data.caseCount > 0 && (
              <Button asChild>
                <Link href={`/runs/new?dataset=${id}`}>Run this dataset</Link>
              </Button>
            )}
            {canEdit && (
              <Button variant="outline" onClick={() => setImporting(true)}>
                <Upload aria-hidden /> Import
              </Button>
            )}
            {canEdit && (
              <Button variant="outline" onClick={() => setAdding(true)}>
                Add a case
              </Button>
            )}
            {canEdit && data.caseCount > 0 && (
              <Button variant="outline" onClick={() => setNoisyForm(true)}>
                Make a noisy copy
              </Button>
            )}
            <Button variant="ghost" asChild>
              <a href={`/api/v1/datasets/${id}/export`} download>
                Export JSONL
              </a>
            </Button>
          </>
        }
      />
      {noisyForm && <NoisyCopyForm datasetId={id} onCancel={() => setNoisyForm(false)} />}
      {adding && (
        <div className="overflow-hidden rounded-lg border border-border">
          <CaseEditor
            columns={data.variableNames}
            initial={{ variables: {}, expectedOutput: null, tags: [], assertions: [] }}
            pending={addCase.isPending}
            error={addCase.error?.message ?? null}
            onCancel={() => setAdding(false)}
            onSave={(input) => addCase.mutate(input, { onSuccess: () => (setAdding(false), toast.success("Case added")) })}
          />
        </div>
      )}
      {canEdit && <ImportDialog datasetId={id} open={importing} onOpenChange={setImporting} />}
      {data.caseCount === 0 ? (
        <EmptyState icon={Database} title="No test cases yet" action={canEdit ? <Button onClick={() => setImporting(true)}>Import a file</Button> : undefined}>
          {canEdit ? "Import a CSV, TSV, JSONL or chat-log file, or add cases one by one." : "An editor can import cases into this dataset."}
        </EmptyState>
      ) : (
        <CaseTable dataset={data} canEdit={canEdit} />
      )}
    </div>
  );
}
