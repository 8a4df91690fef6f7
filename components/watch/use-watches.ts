"use client";

import { useQuery } from "@tanstack/react-query";
import { watchesApi, type NewWatch, type WatchHistoryJson } from "@/lib/api-client/watches";
import { useInvalidatingMutation } from "../use-invalidating-mutation";

export type WatchHistoryData = WatchHistoryJson;

export const watchKeys = {
  all: ["watches"] as const,
  list: () => [...watchKeys.all, "list"] as const,
  detail: (id: string) => [...watchKeys.all, "detail", id] as const,
  openAlerts: () => [...watchKeys.all, "open-alerts"] as const,
};

/** While a watch run is in flight its row changes; afterwards only the next slot does. */
const REFRESH_MS = 3_000;
const ALERTS_REFRESH_MS = 30_000;

const api = watchesApi();

export const useWatches = () => useQuery({ queryKey: watchKeys.list(), queryFn: async () => (await api.list()).watches });

export const useWatch = (id: string) =>
  useQuery({
    queryKey: watchKeys.detail(id),
    queryFn: () => api.get(id),
    refetchInterval: (query) => (query.state.data?.runs.some((run) => run.runId !== null && !run.evaluated) ? REFRESH_MS : false),
  });

export const useOpenAlerts = () => useQuery({ queryKey: watchKeys.openAlerts(), queryFn: async () => (await api.openAlerts()).alerts, refetchInterval: ALERTS_REFRESH_MS });

export const useCreateWatch = () => useInvalidatingMutation([watchKeys.list()], (input: NewWatch) => api.create(input), { inlineError: true });

export const useRunWatchNow = (id: string) => useInvalidatingMutation([watchKeys.detail(id), watchKeys.list()], () => api.runNow(id));

export const useTestNotification = (id: string) => useInvalidatingMutation([], () => api.testNotification(id));

export const useSetPaused = (id: string) => useInvalidatingMutation([watchKeys.detail(id), watchKeys.list()], (paused: boolean) => api.setPaused(id, paused));

export const useAcknowledgeAlert = () => useInvalidatingMutation([watchKeys.all], (alertId: string) => api.acknowledge(alertId));
