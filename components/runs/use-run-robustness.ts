"use client";

import { useQuery } from "@tanstack/react-query";
import { runsApi } from "@/lib/api-client/runs";
import { runKeys } from "./use-runs";


export const robustnessKeys = { detail: (id: string) => [...runKeys.all, "robustness", id] as const };

const runs = runsApi();

/** Read once the run has finished, like the comparisons: a live run's pairs still arrive. */
export const useRunRobustness = (id: string, finished: boolean) =>
  useQuery({
    queryKey: robustnessKeys.detail(id),
    queryFn: async () => (await runs.robustness(id)).robustness,
    enabled: finished,
  });
