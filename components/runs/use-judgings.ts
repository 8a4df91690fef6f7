"use client";

import { useQuery } from "@tanstack/react-query";
import { apiFetch } from "@/lib/api/http-client";
import type { Jsonified } from "@/lib/api/jsonified";
import type { CreateJudgingInput } from "@/lib/judging/schemas";
import type { PairWins, VerdictView } from "@/lib/judging/verdict-views";
import type { JudgingView } from "@/lib/judging/views";
import { useInvalidatingMutation } from "../use-invalidating-mutation";
import { runKeys } from "./use-runs";

export type JudgingData = Jsonified<JudgingView>;
export interface JudgingDetailData {
  judging: JudgingData;
  wins: PairWins[];
  verdicts: Jsonified<VerdictView>[];
}

export const judgingKeys = {
  all: ["judgings"] as const,
  ofRun: (runId: string) => [...judgingKeys.all, "run", runId] as const,
  detail: (id: string) => [...judgingKeys.all, "detail", id] as const,
};

const isLiveJudging = (judging: Pick<JudgingData, "status">) => judging.status === "queued" || judging.status === "running";
const LIVE_REFRESH_MS = 2_000;

export const useRunJudgings = (runId: string, enabled: boolean) =>
  useQuery({
    queryKey: judgingKeys.ofRun(runId),
    queryFn: async () => (await apiFetch<{ judgings: JudgingData[] }>(`/api/v1/runs/${runId}/judgings`)).judgings,
    enabled,
    refetchInterval: (query) => (query.state.data?.some(isLiveJudging) ? LIVE_REFRESH_MS : false),
  });

export const useJudgingDetail = (id: string, enabled: boolean, live: boolean) =>
  useQuery({
    queryKey: judgingKeys.detail(id),
    queryFn: () => apiFetch<JudgingDetailData>(`/api/v1/judgings/${id}`),
    enabled,
    refetchInterval: live ? LIVE_REFRESH_MS : false,
  });

/** Judging spends the run's budget: the run (its judging cost) is read again too. */
export const useStartJudging = (runId: string) =>
  useInvalidatingMutation([judgingKeys.all, runKeys.detail(runId)], (input: CreateJudgingInput) => apiFetch<{ judging: JudgingData }>(`/api/v1/runs/${runId}/judgings`, { method: "POST", json: input }), { inlineError: true });

export const useCancelJudging = () => useInvalidatingMutation([judgingKeys.all], (id: string) => apiFetch<{ judging: JudgingData }>(`/api/v1/judgings/${id}/cancel`, { method: "POST", json: {} }));
