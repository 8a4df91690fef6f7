"use client";

import { Database, Plus } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { FormError, TextField } from "@/components/ui/field";
import { focusField } from "@/components/ui/focus-field";
import { SearchableList } from "@/components/ui/searchable-list";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableNameCell, TableRow } from "@/components/ui/table";
import { plural } from "@/lib/format/plural";
import { useCreateDataset, useDatasets, type DatasetListItem } from "./use-datasets";

const NAME_FIELD = "dataset-name";

export function DatasetList({ canEdit }: { canEdit: boolean }) {
  return (
    <SearchableList
      list={useDatasets()}
      fields={(dataset) => [dataset.name, dataset.description]}
      search={{ label: "Search datasets", placeholder: "Search by name or description", noMatch: "No dataset matches this search." }}
      columns="lg:grid-cols-[minmax(0,1fr)_22rem]"
      table={(datasets) => <DatasetTable datasets={datasets} />}
      aside={canEdit && <NewDatasetCard />}
      empty={
        <EmptyState
          icon={Database}
          title="No datasets yet"
          // The form sits beside the list (below it on a phone): the call to action takes the reader there.
          action={canEdit ? <Button onClick={() => focusField(NAME_FIELD)}><Plus aria-hidden /> Create a dataset</Button> : undefined}
        >
          <p>Datasets hold the test cases that runs replay: create one, then import its cases from CSV, JSONL or logs of real traffic in OpenAI chat format.</p>
          {!canEdit && <p className="mt-2">An editor can create them.</p>}
        </EmptyState>
      }
    />
  );
}

function DatasetTable({ datasets }: { datasets: DatasetListItem[] }) {
  return (
    <Table data-testid="dataset-list">
      <TableHeader>
        <TableRow>
          <TableHead>Dataset</TableHead>
          <TableHead className="w-32 text-right">Test cases</TableHead>
          <TableHead className="hidden w-40 text-right sm:table-cell">Updated</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {datasets.map((dataset) => (
          <TableRow key={dataset.id}>
            <TableNameCell href={`/datasets/${dataset.id}`} name={dataset.name} description={dataset.description} />
            <TableCell className="text-right">
              <Badge variant={dataset.caseCount === 0 ? "outline" : "secondary"}>{plural(dataset.caseCount, "case")}</Badge>
            </TableCell>
            <TableCell className="hidden text-right text-xs text-muted-foreground tabular-nums sm:table-cell">{new Date(dataset.updatedAt).toLocaleDateString()}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

function NewDatasetCard() {
  const create = useCreateDataset();
  const router = useRouter();
  const [name, setName] = useState("");
  const [description, setDescription] = useState("");

  function submit(event: FormEvent) {
    event.preventDefault();
    create.mutate({ name, description }, { onSuccess: ({ dataset }) => router.push(`/datasets/${dataset.id}`) });
  }

  return (
    <Card>
      <CardHeader>
        <CardTitle className="text-sm">New dataset</CardTitle>
      </CardHeader>
      <CardContent className="pt-3">
        <form onSubmit={submit} className="space-y-3" aria-label="New dataset">
          <TextField label="Name" id={NAME_FIELD} required value={name} onChange={(event) => setName(event.target.value)} />
          <TextField label="Description" id="dataset-description" value={description} onChange={(event) => setDescription(event.target.value)} />
          <FormError message={create.error?.message ?? null} />
          <Button type="submit" className="w-full" loading={create.isPending}>
            Create dataset
          </Button>
        </form>
      </CardContent>
    </Card>
  );
}
