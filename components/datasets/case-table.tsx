"use client";

import { ListChecks, Search } from "lucide-react";
import { useEffect, useState } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/native-select";
import { toast } from "@/components/ui/sonner";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow, TableMessage } from "@/components/ui/table";
import { describeAssertion } from "@/lib/assertions/describe";
import { cn } from "@/lib/ui/cn";
import { CaseEditor } from "./case-editor";
import { CASES_PER_PAGE, useDatasetCases, useDeleteCase, useUpdateCase, type CaseFilters, type DatasetSummary } from "./use-datasets";

const SEARCH_DELAY_MS = 250;
const VARIABLES_SHOWN = 4;

/** The dataset's cases, a page at a time, searched and filtered on the server. */
export function CaseTable({ dataset, canEdit }: { dataset: DatasetSummary; canEdit: boolean }) {
  const [typed, setTyped] = useState("");
  const [filters, setFilters] = useState<CaseFilters>({ q: "", tags: [], assertions: "", page: 1 });
  const [editing, setEditing] = useState<string | null>(null);
  const cases = useDatasetCases(dataset.id, filters);
  const deleteCase = useDeleteCase(dataset.id);
  const updateCase = useUpdateCase(dataset.id);
  useEffect(() => {
    const timer = setTimeout(() => setFilters((current) => (current.q === typed.trim() ? current : { ...current, q: typed.trim(), page: 1 })), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [typed]);
  const toggleTag = (tag: string) => setFilters((current) => ({ ...current, page: 1, tags: current.tags.includes(tag) ? current.tags.filter((item) => item !== tag) : [...current.tags, tag] }));
  const columns = dataset.variableNames.slice(0, VARIABLES_SHOWN);
  const total = cases.data?.total ?? 0;
  const first = (filters.page - 1) * CASES_PER_PAGE;

  return (
    <section className="space-y-3" aria-label="Test cases">
      <div className="flex flex-wrap items-center gap-2">
        <div className="relative w-full sm:w-96">
          <Search className="pointer-events-none absolute top-1/2 left-2.5 size-4 -translate-y-1/2 text-muted-foreground" aria-hidden />
          <Input aria-label="Search cases" placeholder="Search inputs and expected outputs" className="pl-8" value={typed} onChange={(event) => setTyped(event.target.value)} />
        </div>
        <NativeSelect aria-label="Assertions" className="w-48" value={filters.assertions} onChange={(event) => setFilters({ ...filters, page: 1, assertions: event.target.value as CaseFilters["assertions"] })}>
          <option value="">Any assertions</option>
          <option value="with">With assertions ({dataset.withAssertions})</option>
          <option value="without">Without assertions ({dataset.caseCount - dataset.withAssertions})</option>
        </NativeSelect>
      </div>
      {dataset.tags.length > 0 && (
        <div className="flex flex-wrap items-center gap-1.5" aria-label="Filter by tag">
          <span className="text-xs text-muted-foreground">Tags:</span>
          {dataset.tags.map(({ tag, count }) => {
            const on = filters.tags.includes(tag);
            return (
              <button
                key={tag}
                type="button"
                aria-pressed={on}
                onClick={() => toggleTag(tag)}
                className={cn("rounded-md border px-2 py-0.5 text-xs transition-colors", on ? "border-primary bg-primary text-primary-foreground" : "border-border bg-card text-foreground hover:bg-muted")}
              >
                {tag} <span className={on ? "opacity-80" : "text-muted-foreground"}>{count}</span>
              </button>
            );
          })}
        </div>
      )}
      <Table data-testid="cases-table" className={cn(cases.isPlaceholderData && "opacity-60")}>
        <TableHeader>
          <TableRow>
            <TableHead className="w-12">#</TableHead>
            {columns.map((column) => (
              <TableHead key={column} className="font-mono normal-case">{`{{${column}}}`}</TableHead>
            ))}
            {dataset.conversations > 0 && <TableHead>Conversation</TableHead>}
            <TableHead>Expected</TableHead>
            <TableHead>Tags</TableHead>
            <TableHead>Assertions</TableHead>
            {canEdit && <TableHead />}
          </TableRow>
        </TableHeader>
        <TableBody>
          {cases.data?.cases.map((testCase) =>
            editing === testCase.id ? (
              <TableRow key={testCase.id}>
                <TableCell colSpan={columns.length + 6} className="p-0">
                  <CaseEditor
                    columns={dataset.variableNames}
                    initial={{ variables: testCase.variables, expectedOutput: testCase.expectedOutput, tags: testCase.tags, assertions: testCase.assertions }}
                    pending={updateCase.isPending}
                    error={updateCase.error?.message ?? null}
                    onCancel={() => setEditing(null)}
                    onSave={(input) => updateCase.mutate({ caseId: testCase.id, ...input }, { onSuccess: () => (setEditing(null), toast.success(`Case ${testCase.position + 1} saved`)) })}
                  />
                </TableCell>
              </TableRow>
            ) : (
              <TableRow key={testCase.id} className="align-top" data-testid="case-row">
                <TableCell className="text-muted-foreground tabular-nums">{testCase.position + 1}</TableCell>
                {columns.map((column) => (
                  <TableCell key={column} className="max-w-xs truncate">
                    {typeof testCase.variables[column] === "string" ? (testCase.variables[column] as string) : JSON.stringify(testCase.variables[column] ?? "")}
                  </TableCell>
                ))}
                {dataset.conversations > 0 && <TableCell className="text-muted-foreground">{Array.isArray(testCase.messages) ? `${testCase.messages.length} messages` : "—"}</TableCell>}
                <TableCell className="max-w-xs truncate text-muted-foreground">{testCase.expectedOutput ?? "—"}</TableCell>
                <TableCell>
                  <div className="flex flex-wrap gap-1">
                    {testCase.tags.map((tag) => (
                      <Badge key={tag} variant="outline">
                        {tag}
                      </Badge>
                    ))}
                  </div>
                </TableCell>
                <TableCell>
                  {testCase.assertions.length > 0 ? (
                    <Badge variant="info" title={testCase.assertions.map(describeAssertion).join("; ")} data-testid="assertion-badge">
                      <ListChecks aria-hidden />
                      {testCase.assertions.length}
                    </Badge>
                  ) : (
                    <span className="text-muted-foreground">—</span>
                  )}
                </TableCell>
                {canEdit && (
                  <TableCell className="text-right whitespace-nowrap">
                    <Button variant="ghost" size="sm" onClick={() => setEditing(testCase.id)} aria-label={`Edit case ${testCase.position + 1}`}>
                      Edit
                    </Button>
                    <Button variant="ghost" size="sm" onClick={() => deleteCase.mutate(testCase.id)} aria-label={`Delete case ${testCase.position + 1}`}>
                      Delete
                    </Button>
                  </TableCell>
                )}
              </TableRow>
            ),
          )}
          {cases.data && cases.data.cases.length === 0 && (
            <TableMessage colSpan={columns.length + 6}>No case matches these filters.</TableMessage>
          )}
        </TableBody>
      </Table>
      <div className="flex items-center justify-between text-sm text-muted-foreground">
        <span data-testid="cases-count">
          {total === 0 ? "No cases" : `${first + 1}–${Math.min(first + CASES_PER_PAGE, total)} of ${total.toLocaleString("en-US")}`}
          {total !== dataset.caseCount && ` (filtered from ${dataset.caseCount.toLocaleString("en-US")})`}
        </span>
        <div className="flex gap-2">
          <Button variant="outline" size="sm" disabled={filters.page === 1} onClick={() => setFilters({ ...filters, page: filters.page - 1 })}>
            Previous
          </Button>
          <Button variant="outline" size="sm" disabled={first + CASES_PER_PAGE >= total} onClick={() => setFilters({ ...filters, page: filters.page + 1 })}>
            Next
          </Button>
        </div>
      </div>
    </section>
  );
}
