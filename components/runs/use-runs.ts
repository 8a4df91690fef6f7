"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { runsApi, type NewRun, type RunComparisonsJson, type RunItemJson, type RunJson, type RunListQuery, type RunSummaryJson } from "@/lib/api-client/runs";
import { useInvalidatingMutation } from "../use-invalidating-mutation";
import { mergeChanges } from "./item-feed";

export type RunData = RunJson;
export type RunSummaryData = RunSummaryJson;
export type RunItemRow = RunItemJson;
export type RunComparisonsData = RunComparisonsJson;

const runs = runsApi();

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

/** The listing's filters; "" is no filter (a select's "any"). */
export interface RunFilters {
  q?: string;
  status?: NonNullable<RunListQuery["status"]> | "";
  kind?: NonNullable<RunListQuery["kind"]> | "";
}

export const useRuns = (filters: RunFilters = {}) =>
  useQuery({
    queryKey: runKeys.list(filters),
    queryFn: async () => (await runs.list({ q: filters.q || undefined, status: filters.status || undefined, kind: filters.kind || undefined })).runs,
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
        const moved = (await runs.progress(id)).run;
        if (isLive(moved)) return { ...known, ...moved };
      }
      return (await runs.get(id)).run;
    },
    refetchInterval: (query) => (isLive(query.state.data) ? LIVE_REFRESH_MS : false),
  });
};

export const useRunSummary = (id: string, live: boolean) =>
  useQuery({
    queryKey: runKeys.summary(id),
    queryFn: async () => (await runs.summary(id)).summary,
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
    const page = await runs.items(id, { after, limit: ITEMS_PAGE });
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
      const changes = await runs.changes(id, known.cursor);
      if (changes.resync) return loadAllItems(id);
      return { cursor: changes.cursor, items: mergeChanges(known.items, changes.items) };
    },
    refetchInterval: live ? LIVE_REFRESH_MS * 2 : false,
  });
};

export const useRunItem = (id: string, itemId: string | null) =>
  useQuery({
    queryKey: runKeys.item(id, itemId ?? ""),
    queryFn: async () => (await runs.item(id, itemId!)).item,
    enabled: itemId !== null,
  });

/** Computed once the run has finished: the figures of a live run still move. */
export const useRunComparisons = (id: string, against: string | undefined, finished: boolean) =>
  useQuery({
    queryKey: runKeys.comparisons(id, against),
    queryFn: () => runs.comparisons(id, against),
    enabled: finished,
  });

export const useCreateRun = () =>
  useInvalidatingMutation([runKeys.all], (input: NewRun) => runs.create(input), { inlineError: true });

export const useCancelRun = (id: string) => useInvalidatingMutation([runKeys.all], () => runs.cancel(id));
