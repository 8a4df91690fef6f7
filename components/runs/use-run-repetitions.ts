"use client";

import { useQuery } from "@tanstack/react-query";
import { apiFetch } from "@/lib/api/http-client";
import type { Jsonified } from "@/lib/api/jsonified";
import type { RunRepetitions } from "@/lib/evidence/run-repetitions";
import { runKeys } from "./use-runs";

export type RunRepetitionsData = Jsonified<RunRepetitions>;

export const repetitionKeys = { detail: (id: string) => [...runKeys.all, "repetitions", id] as const };

/** Read once the run has finished, like the comparisons: a live run's repetitions still arrive. */
export const useRunRepetitions = (id: string, finished: boolean) =>
  useQuery({
    queryKey: repetitionKeys.detail(id),
    queryFn: () => apiFetch<RunRepetitionsData>(`/api/v1/runs/${id}/repetitions`),
    enabled: finished,
  });
