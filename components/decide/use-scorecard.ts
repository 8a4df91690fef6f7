"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { datasetsApi } from "@/lib/api-client/datasets";
import { runsApi, type RunScorecardJson } from "@/lib/api-client/runs";
import type { Weights } from "@/lib/decide/scorecard-score";
import { useInvalidatingMutation } from "../use-invalidating-mutation";

export type ScorecardData = RunScorecardJson;

/** `pass_rate:3,total_ms_p95:1,…` — the route's preview format. */
export const weightsParam = (weights: Weights) =>
  Object.entries(weights)
    .map(([metric, weight]) => `${metric}:${weight}`)
    .join(",");

export const scorecardKeys = {
  all: ["scorecard"] as const,
  run: (runId: string, weights: Weights | null) => [...scorecardKeys.all, "run", runId, weights ? weightsParam(weights) : "saved"] as const,
  weights: (datasetId: string) => [...scorecardKeys.all, "weights", datasetId] as const,
};

/** The run's scorecard with the saved weights, or previewed with `weights`. The previous figures
 * stay on screen while a new weighting is computed. */
export const useScorecard = (runId: string, weights: Weights | null) =>
  useQuery({
    queryKey: scorecardKeys.run(runId, weights),
    queryFn: async () => (await runsApi().scorecard(runId, weights ? weightsParam(weights) : undefined)).scorecard,
    placeholderData: keepPreviousData,
  });

export const useSaveWeights = (datasetId: string) => useInvalidatingMutation([scorecardKeys.all], async (weights: Weights) => (await datasetsApi().saveWeights(datasetId, weights)).weights);
