"use client";

import { useQuery } from "@tanstack/react-query";
import { apiFetch } from "@/lib/api/http-client";
import { useInvalidatingMutation } from "../use-invalidating-mutation";
import type { Jsonified } from "@/lib/api/jsonified";
import type { getDataset, listDatasets } from "@/lib/datasets/service";

export type DatasetListItem = Jsonified<Awaited<ReturnType<typeof listDatasets>>[number]>;
export type DatasetDetail = Jsonified<Awaited<ReturnType<typeof getDataset>>>;

export const datasetKeys = {
  all: ["datasets"] as const,
  list: () => [...datasetKeys.all, "list"] as const,
  detail: (id: string) => [...datasetKeys.all, "detail", id] as const,
};

export const useDatasets = () =>
  useQuery({ queryKey: datasetKeys.list(), queryFn: async () => (await apiFetch<{ datasets: DatasetListItem[] }>("/api/v1/datasets")).datasets });

export const useDataset = (id: string) =>
  useQuery({ queryKey: datasetKeys.detail(id), queryFn: async () => (await apiFetch<{ dataset: DatasetDetail }>(`/api/v1/datasets/${id}`)).dataset });

const useDatasetMutation = <TInput, TResult>(mutationFn: (input: TInput) => Promise<TResult>) =>
  useInvalidatingMutation([datasetKeys.all], mutationFn, { inlineError: true });

export const useCreateDataset = () =>
  useDatasetMutation((input: { name: string; description: string }) => apiFetch<{ dataset: DatasetListItem }>("/api/v1/datasets", { method: "POST", json: input }));
export const useImportCases = (id: string) =>
  useDatasetMutation((input: { format: "csv" | "jsonl" | "openai_logs"; content: string }) =>
    apiFetch<{ imported: number }>(`/api/v1/datasets/${id}/import`, { method: "POST", json: input }),
  );
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
