"use client";

import { useQuery } from "@tanstack/react-query";
import { apiFetch } from "@/lib/api/http-client";
import type { Jsonified } from "@/lib/api/jsonified";
import type { openAlerts } from "@/lib/watch/alerts";
import type { WatchHistoryEntry } from "@/lib/watch/history";
import type { CreateWatchInput } from "@/lib/watch/schemas";
import type { WatchView } from "@/lib/watch/service";
import type { StartedWatchRun } from "@/lib/watch/start-watch-run";
import { useInvalidatingMutation } from "../use-invalidating-mutation";

export type WatchData = Jsonified<WatchView>;
export type WatchHistoryData = Jsonified<WatchHistoryEntry>;
export type OpenAlertData = Jsonified<Awaited<ReturnType<typeof openAlerts>>[number]>;

export const watchKeys = {
  all: ["watches"] as const,
  list: () => [...watchKeys.all, "list"] as const,
  detail: (id: string) => [...watchKeys.all, "detail", id] as const,
  openAlerts: () => [...watchKeys.all, "open-alerts"] as const,
};

/** While a watch run is in flight its row changes; afterwards only the next slot does. */
const REFRESH_MS = 3_000;
const ALERTS_REFRESH_MS = 30_000;

export const useWatches = () => useQuery({ queryKey: watchKeys.list(), queryFn: async () => (await apiFetch<{ watches: WatchData[] }>("/api/v1/watches")).watches });

export const useWatch = (id: string) =>
  useQuery({
    queryKey: watchKeys.detail(id),
    queryFn: () => apiFetch<{ watch: WatchData; runs: WatchHistoryData[] }>(`/api/v1/watches/${id}`),
    refetchInterval: (query) => (query.state.data?.runs.some((run) => run.runId !== null && !run.evaluated) ? REFRESH_MS : false),
  });

export const useOpenAlerts = () =>
  useQuery({ queryKey: watchKeys.openAlerts(), queryFn: async () => (await apiFetch<{ alerts: OpenAlertData[] }>("/api/v1/watches/alerts")).alerts, refetchInterval: ALERTS_REFRESH_MS });

export const useCreateWatch = () =>
  useInvalidatingMutation([watchKeys.list()], (input: CreateWatchInput) => apiFetch<{ watch: WatchData; generatedSecrets: Array<{ url: string; secret: string }> }>("/api/v1/watches", { method: "POST", json: input }), { inlineError: true });

export const useRunWatchNow = (id: string) =>
  useInvalidatingMutation([watchKeys.detail(id), watchKeys.list()], () => apiFetch<{ watchRun: StartedWatchRun }>(`/api/v1/watches/${id}/run-now`, { method: "POST", json: {} }));

export const useTestNotification = (id: string) =>
  useInvalidatingMutation([], () => apiFetch<{ alertId: string; webhooks: number }>(`/api/v1/watches/${id}/test-notification`, { method: "POST", json: {} }));

export const useSetPaused = (id: string) =>
  useInvalidatingMutation([watchKeys.detail(id), watchKeys.list()], (paused: boolean) => apiFetch<{ watch: WatchData }>(`/api/v1/watches/${id}`, { method: "PATCH", json: { paused } }));

export const useAcknowledgeAlert = () =>
  useInvalidatingMutation([watchKeys.all], (alertId: string) => apiFetch<{ acknowledged: boolean }>(`/api/v1/watches/alerts/${alertId}/acknowledge`, { method: "POST", json: {} }));
