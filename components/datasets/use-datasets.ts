"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { datasetsApi, type CaseChanges, type DatasetCase, type ImportRequest, type ImportSource, type NewDataset } from "@/lib/api-client/datasets";
import { useInvalidatingMutation } from "../use-invalidating-mutation";

export type { DatasetListItem, DatasetSummary, ImportPreviewJson } from "@/lib/api-client/datasets";
export type CaseFilters = { q: string; tags: string[]; assertions: "" | "with" | "without"; page: number };
/** What the import dialog sends: the file and how to read it. */
export type ImportSourceInput = ImportSource;

const api = datasetsApi();

export const datasetKeys = {
  all: ["datasets"] as const,
  list: () => [...datasetKeys.all, "list"] as const,
  detail: (id: string) => [...datasetKeys.all, "detail", id] as const,
  summary: (id: string) => [...datasetKeys.all, "summary", id] as const,
  cases: (id: string, filters: CaseFilters) => [...datasetKeys.all, "cases", id, filters] as const,
};

export const CASES_PER_PAGE = 50;

export const useDatasets = () => useQuery({ queryKey: datasetKeys.list(), queryFn: async () => (await api.list()).datasets });

export const useDatasetSummary = (id: string) => useQuery({ queryKey: datasetKeys.summary(id), queryFn: async () => (await api.summary(id)).dataset });

/** One page of cases, filtered on the server; the last page stays on screen while the next loads. */
export const useDatasetCases = (id: string, filters: CaseFilters) =>
  useQuery({
    queryKey: datasetKeys.cases(id, filters),
    queryFn: () =>
      api.cases(id, {
        page: filters.page,
        pageSize: CASES_PER_PAGE,
        q: filters.q || undefined,
        tags: filters.tags.length > 0 ? filters.tags.join(",") : undefined,
        assertions: filters.assertions || undefined,
      }),
    placeholderData: keepPreviousData,
  });

const useDatasetMutation = <TInput, TResult>(mutationFn: (input: TInput) => Promise<TResult>) =>
  useInvalidatingMutation([datasetKeys.all], mutationFn, { inlineError: true });

export const useCreateDataset = () => useDatasetMutation((input: NewDataset) => api.create(input));
export const useImportCases = (id: string) => useDatasetMutation((input: ImportRequest) => api.import(id, input));
/** Changes nothing, so it invalidates nothing. */
export const usePreviewImport = (id: string) => useInvalidatingMutation([], (input: ImportSource) => api.previewImport(id, input), { inlineError: true });
export const useDeleteCase = (id: string) => useDatasetMutation((caseId: string) => api.deleteCase(id, caseId));

/** The case editor's form: expected output null when left empty; assertions as typed (JSON), checked by the server. */
export interface CaseInput {
  variables: Record<string, unknown>;
  expectedOutput: string | null;
  tags: string[];
  assertions: NonNullable<CaseChanges["assertions"]>;
}
/** Both answer the case alone; the page of cases and the summary's counts are fetched again. */
export const useAddCase = (id: string) => useDatasetMutation(async (input: CaseInput): Promise<DatasetCase> => (await api.addCase(id, { ...input, expectedOutput: input.expectedOutput ?? undefined })).case);
export const useUpdateCase = (id: string) => useDatasetMutation(async ({ caseId, ...input }: CaseInput & { caseId: string }): Promise<DatasetCase> => (await api.updateCase(id, caseId, input)).case);
