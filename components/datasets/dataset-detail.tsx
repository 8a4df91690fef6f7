"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/field";
import { toast } from "@/components/ui/sonner";
import Link from "next/link";
import { CaseEditor } from "./case-editor";
import { NoisyCopyForm } from "./noisy-copy-form";
import { useAddCase, useDataset, useDeleteCase, useImportCases, useUpdateCase } from "./use-datasets";

const formats = [
  { value: "csv", label: "CSV (a column per variable; expected, tags, assertions)" },
  { value: "jsonl", label: "JSONL (one case per line)" },
  { value: "openai_logs", label: "OpenAI chat logs ({\"messages\": […]} per line)" },
] as const;

export function DatasetDetail({ id, canEdit }: { id: string; canEdit: boolean }) {
  const dataset = useDataset(id);
  const importCases = useImportCases(id);
  const deleteCase = useDeleteCase(id);
  const addCase = useAddCase(id);
  const updateCase = useUpdateCase(id);
  /** The case being edited: an id, "new", or nobody. */
  const [editing, setEditing] = useState<string | null>(null);
  const [format, setFormat] = useState<(typeof formats)[number]["value"]>("csv");
  const [noisyForm, setNoisyForm] = useState(false);

  async function onFile(file: File | undefined) {
    if (!file) return;
    const guessed = file.name.endsWith(".csv") ? "csv" : format;
    importCases.mutate({ format: guessed, content: await file.text() }, { onSuccess: ({ imported }) => toast.success(`Imported ${imported} test cases`) });
  }

  if (dataset.isPending) return <p className="text-sm text-zinc-500">Loading…</p>;
  if (dataset.isError) return <p className="text-sm text-red-700">{dataset.error.message}</p>;
  const data = dataset.data;
  const columns = [...new Set(data.cases.flatMap((testCase) => Object.keys(testCase.variables)))].sort();

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h1 className="text-xl font-semibold">{data.name}</h1>
          <p className="text-sm text-zinc-600">{data.cases.length} test cases{data.description ? ` · ${data.description}` : ""}</p>
          {data.noisyOfId && (
            <p className="text-sm text-zinc-600">
              A noisy copy of{" "}
              <Link className="text-indigo-700 hover:underline" href={`/datasets/${data.noisyOfId}`}>
                its clean dataset
              </Link>
              {data.noise && ` · ${data.noise.kinds.join(", ")} · seed ${data.noise.seed}`}
            </p>
          )}
        </div>
        <div className="flex gap-2">
          {canEdit && data.cases.length > 0 && (
            <Link href={`/runs/new?dataset=${id}`} className="rounded-md bg-indigo-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-indigo-500">
              Run this dataset
            </Link>
          )}
          {canEdit && (
            <Button variant="secondary" onClick={() => setEditing("new")}>
              Add a case
            </Button>
          )}
          {canEdit && data.cases.length > 0 && (
            <Button variant="secondary" onClick={() => setNoisyForm(true)}>
              Make a noisy copy
            </Button>
          )}
          <a href={`/api/v1/datasets/${id}/export`} download className="rounded-md px-3 py-1.5 text-sm text-indigo-700 ring-1 ring-indigo-200 hover:bg-indigo-50">
            Export JSONL
          </a>
        </div>
      </div>
      {noisyForm && <NoisyCopyForm datasetId={id} onCancel={() => setNoisyForm(false)} />}
      {editing === "new" && (
        <div className="overflow-hidden rounded-lg ring-1 ring-indigo-200">
          <CaseEditor
            columns={columns}
            initial={{ variables: {}, expectedOutput: null, tags: [], assertions: [] }}
            pending={addCase.isPending}
            error={addCase.error?.message ?? null}
            onCancel={() => setEditing(null)}
            onSave={(input) => addCase.mutate(input, { onSuccess: () => (setEditing(null), toast.success("Case added")) })}
          />
        </div>
      )}
      {canEdit && (
        <section className="flex flex-wrap items-end gap-3 rounded-lg bg-white p-4 ring-1 ring-zinc-200" aria-label="Import test cases">
          <label className="text-sm">
            <span className="mb-1 block text-xs font-medium text-zinc-600">Format</span>
            <select aria-label="Import format" value={format} onChange={(event) => setFormat(event.target.value as typeof format)} className="rounded-md px-2 py-1.5 text-sm ring-1 ring-zinc-300">
              {formats.map((item) => (
                <option key={item.value} value={item.value}>
                  {item.label}
                </option>
              ))}
            </select>
          </label>
          <label className="text-sm">
            <span className="mb-1 block text-xs font-medium text-zinc-600">File</span>
            <input aria-label="Import file" type="file" accept=".csv,.jsonl,.ndjson,.json,.txt" onChange={(event) => void onFile(event.target.files?.[0])} className="text-sm" />
          </label>
          <p className="text-xs text-zinc-500">All or nothing: a file with a bad line imports nothing and says which line.</p>
          <div className="w-full">
            <FormError message={importCases.error?.message ?? null} />
          </div>
        </section>
      )}
      {data.cases.length === 0 ? (
        <p className="rounded-lg border border-dashed border-zinc-300 bg-white px-4 py-10 text-center text-sm text-zinc-600" data-testid="empty-state">
          No test cases yet. {canEdit ? "Import a CSV, JSONL or chat-log file above." : ""}
        </p>
      ) : (
        <div className="overflow-x-auto rounded-lg bg-white ring-1 ring-zinc-200">
          <table className="w-full text-left text-sm" data-testid="cases-table">
            <thead className="bg-zinc-50 text-xs text-zinc-500 uppercase">
              <tr>
                <th className="px-3 py-2">#</th>
                {columns.map((column) => (
                  <th key={column} className="px-3 py-2 normal-case">{`{{${column}}}`}</th>
                ))}
                <th className="px-3 py-2">Conversation</th>
                <th className="px-3 py-2">Expected</th>
                <th className="px-3 py-2">Tags</th>
                {canEdit && <th className="px-3 py-2" />}
              </tr>
            </thead>
            <tbody className="divide-y divide-zinc-100">
              {data.cases.map((testCase, index) =>
                editing === testCase.id ? (
                  <tr key={testCase.id}>
                    <td colSpan={columns.length + 5} className="p-0">
                      <CaseEditor
                        columns={columns}
                        initial={{ variables: testCase.variables, expectedOutput: testCase.expectedOutput, tags: testCase.tags, assertions: testCase.assertions }}
                        pending={updateCase.isPending}
                        error={updateCase.error?.message ?? null}
                        onCancel={() => setEditing(null)}
                        onSave={(input) => updateCase.mutate({ caseId: testCase.id, ...input }, { onSuccess: () => (setEditing(null), toast.success(`Case ${index + 1} saved`)) })}
                      />
                    </td>
                  </tr>
                ) : (
                  <tr key={testCase.id} className="align-top">
                    <td className="px-3 py-1.5 text-zinc-400 tabular-nums">{index + 1}</td>
                    {columns.map((column) => (
                      <td key={column} className="max-w-xs truncate px-3 py-1.5">
                        {String(testCase.variables[column] ?? "")}
                      </td>
                    ))}
                    <td className="max-w-xs truncate px-3 py-1.5 text-zinc-600">{Array.isArray(testCase.messages) ? `${testCase.messages.length} messages` : "—"}</td>
                    <td className="max-w-xs truncate px-3 py-1.5 text-zinc-600">{testCase.expectedOutput ?? "—"}</td>
                    <td className="px-3 py-1.5 text-xs">{testCase.tags.join(", ")}</td>
                    {canEdit && (
                      <td className="px-3 py-1.5 text-right whitespace-nowrap">
                        <Button variant="ghost" onClick={() => setEditing(testCase.id)} aria-label={`Edit case ${index + 1}`}>
                          Edit
                        </Button>
                        <Button variant="ghost" onClick={() => deleteCase.mutate(testCase.id)} aria-label={`Delete case ${index + 1}`}>
                          Delete
                        </Button>
                      </td>
                    )}
                  </tr>
                ),
              )}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
