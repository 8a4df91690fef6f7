"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { apiFetch } from "@/lib/api/http-client";
import { useInvalidatingMutation } from "../use-invalidating-mutation";
import type { Jsonified } from "@/lib/api/jsonified";
import type { CaseRow, getDatasetSummary } from "@/lib/datasets/case-list";
import type { ImportPreview } from "@/lib/datasets/import-preview";
import type { ColumnMapping } from "@/lib/datasets/import-mapping";
import type { getDataset, listDatasets } from "@/lib/datasets/service";

export type DatasetListItem = Jsonified<Awaited<ReturnType<typeof listDatasets>>[number]>;
export type DatasetDetail = Jsonified<Awaited<ReturnType<typeof getDataset>>>;
export type DatasetSummary = Jsonified<Awaited<ReturnType<typeof getDatasetSummary>>>;
export type CaseFilters = { q: string; tags: string[]; assertions: "" | "with" | "without"; page: number };

export const datasetKeys = {
  all: ["datasets"] as const,
  list: () => [...datasetKeys.all, "list"] as const,
  detail: (id: string) => [...datasetKeys.all, "detail", id] as const,
  summary: (id: string) => [...datasetKeys.all, "summary", id] as const,
  cases: (id: string, filters: CaseFilters) => [...datasetKeys.all, "cases", id, filters] as const,
};

export const CASES_PER_PAGE = 50;

export const useDatasets = () =>
  useQuery({ queryKey: datasetKeys.list(), queryFn: async () => (await apiFetch<{ datasets: DatasetListItem[] }>("/api/v1/datasets")).datasets });

export const useDatasetSummary = (id: string) =>
  useQuery({ queryKey: datasetKeys.summary(id), queryFn: async () => (await apiFetch<{ dataset: DatasetSummary }>(`/api/v1/datasets/${id}/summary`)).dataset });

/** One page of cases, filtered on the server; the last page stays on screen while the next loads. */
export const useDatasetCases = (id: string, filters: CaseFilters) =>
  useQuery({
    queryKey: datasetKeys.cases(id, filters),
    queryFn: () => {
      const params = new URLSearchParams({ page: String(filters.page), pageSize: String(CASES_PER_PAGE) });
      if (filters.q) params.set("q", filters.q);
      if (filters.tags.length > 0) params.set("tags", filters.tags.join(","));
      if (filters.assertions) params.set("assertions", filters.assertions);
      return apiFetch<{ cases: Jsonified<CaseRow>[]; total: number; page: number; pageSize: number }>(`/api/v1/datasets/${id}/cases?${params}`);
    },
    placeholderData: keepPreviousData,
  });

const useDatasetMutation = <TInput, TResult>(mutationFn: (input: TInput) => Promise<TResult>) =>
  useInvalidatingMutation([datasetKeys.all], mutationFn, { inlineError: true });

export interface ImportSourceInput {
  format: "csv" | "jsonl" | "openai_logs";
  content: string;
  delimiter?: "," | ";" | "\t";
  mapping?: ColumnMapping;
}

export const useCreateDataset = () =>
  useDatasetMutation((input: { name: string; description: string }) => apiFetch<{ dataset: DatasetListItem }>("/api/v1/datasets", { method: "POST", json: input }));
export const useImportCases = (id: string) =>
  useDatasetMutation((input: ImportSourceInput & { onDuplicate?: "skip" | "replace" }) =>
    apiFetch<{ imported: number; skipped: number; replaced: number }>(`/api/v1/datasets/${id}/import`, { method: "POST", json: input }),
  );
/** Changes nothing, so it invalidates nothing. */
export const usePreviewImport = (id: string) =>
  useInvalidatingMutation([], (input: ImportSourceInput) => apiFetch<Jsonified<ImportPreview>>(`/api/v1/datasets/${id}/import/preview`, { method: "POST", json: input }), { inlineError: true });
export const useDeleteCase = (id: string) => useDatasetMutation((caseId: string) => apiFetch<void>(`/api/v1/datasets/${id}/cases/${caseId}`, { method: "DELETE" }));
export interface CaseInput {
  variables: Record<string, unknown>;
  expectedOutput: string | null;
  tags: string[];
  assertions: unknown[];
}
export const useAddCase = (id: string) =>
  useDatasetMutation((input: CaseInput) => apiFetch<{ dataset: DatasetDetail }>(`/api/v1/datasets/${id}/cases`, { method: "POST", json: { ...input, expectedOutput: input.expectedOutput ?? undefined } }));
export const useUpdateCase = (id: string) =>
  useDatasetMutation(({ caseId, ...input }: CaseInput & { caseId: string }) => apiFetch<{ dataset: DatasetDetail }>(`/api/v1/datasets/${id}/cases/${caseId}`, { method: "PATCH", json: input }));
