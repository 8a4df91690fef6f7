"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { FormError, TextField } from "@/components/ui/field";
import { useCreateDataset, useDatasets } from "./use-datasets";

export function DatasetList({ canEdit }: { canEdit: boolean }) {
  const datasets = useDatasets();
  const create = useCreateDataset();
  const router = useRouter();
  const [name, setName] = useState("");
  const [description, setDescription] = useState("");

  function submit(event: FormEvent) {
    event.preventDefault();
    create.mutate({ name, description }, { onSuccess: ({ dataset }) => router.push(`/datasets/${dataset.id}`) });
  }

  return (
    <div className={canEdit ? "grid items-start gap-6 lg:grid-cols-[1fr_22rem]" : ""}>
      <div>
        {datasets.data?.length === 0 && (
          <EmptyState icon="▦" title="No datasets yet">
            <p>Datasets hold the test cases that runs replay: import them from CSV, JSONL or logs of real traffic in OpenAI chat format.</p>
          </EmptyState>
        )}
        {datasets.data && datasets.data.length > 0 && (
          <ul className="divide-y divide-zinc-100 rounded-lg bg-white ring-1 ring-zinc-200" data-testid="dataset-list">
            {datasets.data.map((dataset) => (
              <li key={dataset.id} className="px-4 py-3 text-sm">
                <Link href={`/datasets/${dataset.id}`} className="font-medium hover:text-indigo-700">
                  {dataset.name}
                </Link>
                <span className="ml-2 text-xs text-zinc-500">{dataset.caseCount} test cases</span>
                {dataset.description && <p className="text-xs text-zinc-500">{dataset.description}</p>}
              </li>
            ))}
          </ul>
        )}
      </div>
      {canEdit && (
        <form onSubmit={submit} className="space-y-3 rounded-lg bg-white p-4 ring-1 ring-zinc-200" aria-label="New dataset">
          <h2 className="text-sm font-semibold">New dataset</h2>
          <TextField label="Name" id="dataset-name" required value={name} onChange={(event) => setName(event.target.value)} />
          <TextField label="Description" id="dataset-description" value={description} onChange={(event) => setDescription(event.target.value)} />
          <FormError message={create.error?.message ?? null} />
          <Button type="submit" className="w-full" disabled={create.isPending}>
            Create dataset
          </Button>
        </form>
      )}
    </div>
  );
}
