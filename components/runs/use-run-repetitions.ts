"use client";

import { useQuery } from "@tanstack/react-query";
import { runsApi, type RunRepetitionsJson } from "@/lib/api-client/runs";
import { runKeys } from "./use-runs";

export type RunRepetitionsData = RunRepetitionsJson;

export const repetitionKeys = { detail: (id: string) => [...runKeys.all, "repetitions", id] as const };

const runs = runsApi();

/** Read once the run has finished, like the comparisons: a live run's repetitions still arrive. */
export const useRunRepetitions = (id: string, finished: boolean) =>
  useQuery({
    queryKey: repetitionKeys.detail(id),
    queryFn: async () => (await runs.repetitions(id)).repetitions,
    enabled: finished,
  });
