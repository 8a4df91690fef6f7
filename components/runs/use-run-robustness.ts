"use client";

import { useQuery } from "@tanstack/react-query";
import { apiFetch } from "@/lib/api/http-client";
import type { Jsonified } from "@/lib/api/jsonified";
import type { RunRobustness } from "@/lib/evidence/robustness";
import { runKeys } from "./use-runs";

export type RunRobustnessData = Jsonified<RunRobustness>;

export const robustnessKeys = { detail: (id: string) => [...runKeys.all, "robustness", id] as const };

/** Read once the run has finished, like the comparisons: a live run's pairs still arrive. */
export const useRunRobustness = (id: string, finished: boolean) =>
  useQuery({
    queryKey: robustnessKeys.detail(id),
    queryFn: () => apiFetch<RunRobustnessData>(`/api/v1/runs/${id}/robustness`),
    enabled: finished,
  });
