"use client";

import { useQuery } from "@tanstack/react-query";
import { judgingsApi, type JudgingJson, type NewJudging } from "@/lib/api-client/judgings";
import { useInvalidatingMutation } from "../use-invalidating-mutation";
import { runKeys } from "./use-runs";

export type JudgingData = JudgingJson;

export const judgingKeys = {
  all: ["judgings"] as const,
  ofRun: (runId: string) => [...judgingKeys.all, "run", runId] as const,
  detail: (id: string) => [...judgingKeys.all, "detail", id] as const,
};

const isLiveJudging = (judging: Pick<JudgingData, "status">) => judging.status === "queued" || judging.status === "running";
const LIVE_REFRESH_MS = 2_000;

const api = judgingsApi();

export const useRunJudgings = (runId: string, enabled: boolean) =>
  useQuery({
    queryKey: judgingKeys.ofRun(runId),
    queryFn: async () => (await api.ofRun(runId)).judgings,
    enabled,
    refetchInterval: (query) => (query.state.data?.some(isLiveJudging) ? LIVE_REFRESH_MS : false),
  });

export const useJudgingDetail = (id: string, enabled: boolean, live: boolean) =>
  useQuery({
    queryKey: judgingKeys.detail(id),
    queryFn: () => api.get(id),
    enabled,
    refetchInterval: live ? LIVE_REFRESH_MS : false,
  });

/** Judging spends the run's budget: the run (its judging cost) is read again too. */
export const useStartJudging = (runId: string) =>
  useInvalidatingMutation([judgingKeys.all, runKeys.detail(runId)], (input: NewJudging) => api.start(runId, input), { inlineError: true });

export const useCancelJudging = () => useInvalidatingMutation([judgingKeys.all], (id: string) => api.cancel(id));
