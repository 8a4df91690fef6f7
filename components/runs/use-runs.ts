"use client";

import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { apiFetch } from "@/lib/api/http-client";
import type { Jsonified } from "@/lib/api/jsonified";
import type { CreateRunInput } from "@/lib/runs/schemas";
import type { RunComparisons } from "@/lib/evidence/run-comparisons";
import type { RunSummary } from "@/lib/runs/summary";
import type { reviewedRunItem } from "@/lib/review/run-item";
import type { listRunItems, RunView } from "@/lib/runs/views";
import { useInvalidatingMutation } from "../use-invalidating-mutation";

export type RunData = Jsonified<RunView>;
export type RunSummaryData = Jsonified<RunSummary>;
export type RunItemRow = Jsonified<Awaited<ReturnType<typeof listRunItems>>["items"][number]>;
export type RunComparisonsData = Jsonified<RunComparisons>;
export type RunItemDetail = Jsonified<Awaited<ReturnType<typeof reviewedRunItem>>>;

export const runKeys = {
  all: ["runs"] as const,
  list: (filters: RunFilters = {}) => [...runKeys.all, "list", filters] as const,
  detail: (id: string) => [...runKeys.all, "detail", id] as const,
  summary: (id: string) => [...runKeys.all, "summary", id] as const,
  items: (id: string) => [...runKeys.all, "items", id] as const,
  item: (id: string, itemId: string) => [...runKeys.all, "item", id, itemId] as const,
  comparisons: (id: string, against?: string) => [...runKeys.all, "comparisons", id, against ?? "baseline"] as const,
};

export const isLive = (run: Pick<RunData, "status"> | undefined) => run?.status === "queued" || run?.status === "running";
/** While a run is live its numbers change every second; afterwards they never do. */
const LIVE_REFRESH_MS = 1_000;

export interface RunFilters {
  q?: string;
  status?: string;
  kind?: string;
}

export const useRuns = (filters: RunFilters = {}) =>
  useQuery({
    queryKey: runKeys.list(filters),
    queryFn: async () => {
      const params = new URLSearchParams(Object.entries(filters).filter((entry): entry is [string, string] => !!entry[1]));
      return (await apiFetch<{ runs: RunData[] }>(`/api/v1/runs${params.size ? `?${params}` : ""}`)).runs;
    },
    placeholderData: (previous) => previous,
    refetchInterval: (query) => (query.state.data?.some(isLive) ? LIVE_REFRESH_MS * 2 : false),
  });

export const useRun = (id: string) =>
  useQuery({
    queryKey: runKeys.detail(id),
    queryFn: async () => (await apiFetch<{ run: RunData }>(`/api/v1/runs/${id}`)).run,
    refetchInterval: (query) => (isLive(query.state.data) ? LIVE_REFRESH_MS : false),
  });

export const useRunSummary = (id: string, live: boolean) =>
  useQuery({
    queryKey: runKeys.summary(id),
    queryFn: async () => (await apiFetch<{ summary: RunSummaryData }>(`/api/v1/runs/${id}/summary`)).summary,
    refetchInterval: live ? LIVE_REFRESH_MS * 2 : false,
  });

const ITEMS_PAGE = 500;

/** Every item of the run, a page at a time (the matrix renders only the rows in view). */
export const useRunItems = (id: string, live: boolean) =>
  useInfiniteQuery({
    queryKey: runKeys.items(id),
    initialPageParam: 0,
    queryFn: async ({ pageParam }) => apiFetch<{ total: number; offset: number; items: RunItemRow[] }>(`/api/v1/runs/${id}/items?offset=${pageParam}&limit=${ITEMS_PAGE}`),
    getNextPageParam: (last) => (last.offset + last.items.length < last.total ? last.offset + last.items.length : undefined),
    refetchInterval: live ? LIVE_REFRESH_MS * 2 : false,
  });

export const useRunItem = (id: string, itemId: string | null) =>
  useQuery({
    queryKey: runKeys.item(id, itemId ?? ""),
    queryFn: async () => (await apiFetch<{ item: RunItemDetail }>(`/api/v1/runs/${id}/items/${itemId}`)).item,
    enabled: itemId !== null,
  });

/** Computed once the run has finished: the figures of a live run still move. */
export const useRunComparisons = (id: string, against: string | undefined, finished: boolean) =>
  useQuery({
    queryKey: runKeys.comparisons(id, against),
    queryFn: () => apiFetch<RunComparisonsData>(`/api/v1/runs/${id}/comparisons${against ? `?against=${against}` : ""}`),
    enabled: finished,
  });

export const useCreateRun = () =>
  useInvalidatingMutation([runKeys.all], (input: CreateRunInput) => apiFetch<{ run: RunData }>("/api/v1/runs", { method: "POST", json: input }), { inlineError: true });

export const useCancelRun = (id: string) => useInvalidatingMutation([runKeys.all], () => apiFetch<{ run: RunData }>(`/api/v1/runs/${id}/cancel`, { method: "POST", json: {} }));
