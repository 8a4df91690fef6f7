"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/lib/api/http-client";
import type { Jsonified } from "@/lib/api/jsonified";
import type { CreateRunInput } from "@/lib/runs/schemas";
import type { RunComparisons } from "@/lib/evidence/run-comparisons";
import type { RunSummary } from "@/lib/runs/summary";
import type { reviewedRunItem } from "@/lib/review/run-item";
import type { listRunItems, RunView } from "@/lib/runs/views";
import { useInvalidatingMutation } from "../use-invalidating-mutation";
import { mergeChanges } from "./item-feed";

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

/** The run, read whole once; while it is live only what moves (state, progress, judging spend)
 * is polled and laid over it, and it is read whole once more when it ends. */
export const useRun = (id: string) => {
  const client = useQueryClient();
  return useQuery({
    queryKey: runKeys.detail(id),
    queryFn: async (): Promise<RunData> => {
      const known = client.getQueryData<RunData>(runKeys.detail(id));
      if (known && isLive(known)) {
        const moved = (await apiFetch<{ run: Pick<RunData, "status" | "error" | "startedAt" | "finishedAt" | "progress" | "judgingCostUsd"> }>(`/api/v1/runs/${id}/progress`)).run;
        if (isLive(moved)) return { ...known, ...moved };
      }
      return (await apiFetch<{ run: RunData }>(`/api/v1/runs/${id}`)).run;
    },
    refetchInterval: (query) => (isLive(query.state.data) ? LIVE_REFRESH_MS : false),
  });
};

export const useRunSummary = (id: string, live: boolean) =>
  useQuery({
    queryKey: runKeys.summary(id),
    queryFn: async () => (await apiFetch<{ summary: RunSummaryData }>(`/api/v1/runs/${id}/summary`)).summary,
    refetchInterval: live ? LIVE_REFRESH_MS * 2 : false,
  });

const ITEMS_PAGE = 1_000;

export interface RunItemsData {
  /** Where the next request for changes starts (lib/runs/item-changes.ts). */
  cursor: string;
  items: RunItemRow[];
}

/** Every item, a page at a time; the cursor is the first page's, taken before any was read, so
 * the changes since it cover whatever changed while the later pages loaded. */
async function loadAllItems(id: string): Promise<RunItemsData> {
  const items: RunItemRow[] = [];
  let cursor: string | null = null;
  for (;;) {
    const after = items.at(-1)?.sequence ?? -1;
    const page = await apiFetch<{ total: number; cursor: string; items: RunItemRow[] }>(`/api/v1/runs/${id}/items?after=${after}&limit=${ITEMS_PAGE}`);
    cursor ??= page.cursor;
    items.push(...page.items);
    if (page.items.length === 0 || items.length >= page.total) return { cursor, items };
  }
}

/** Every item of the run (the matrix renders only the rows in view). Loaded once; while the run
 * is live only the items changed since the last answer are asked for, so a viewer of a
 * 100,000-item run costs the server a few small queries a second, not the whole list again. */
export const useRunItems = (id: string, live: boolean) => {
  const client = useQueryClient();
  return useQuery({
    queryKey: runKeys.items(id),
    queryFn: async (): Promise<RunItemsData> => {
      const known = client.getQueryData<RunItemsData>(runKeys.items(id));
      if (!known) return loadAllItems(id);
      const changes = await apiFetch<{ cursor: string; resync: boolean; items: RunItemRow[] }>(`/api/v1/runs/${id}/items/changes?since=${encodeURIComponent(known.cursor)}`);
      if (changes.resync) return loadAllItems(id);
      return { cursor: changes.cursor, items: mergeChanges(known.items, changes.items) };
    },
    refetchInterval: live ? LIVE_REFRESH_MS * 2 : false,
  });
};

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
