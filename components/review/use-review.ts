"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { reviewApi, type NewVote } from "@/lib/api-client/review";

export const reviewKeys = {
  all: ["review"] as const,
  next: (skip: string[], target: QueueTarget = {}) => [...reviewKeys.all, "next", skip, target] as const,
  criteria: () => [...reviewKeys.all, "criteria"] as const,
  leaderboard: () => ["leaderboard"] as const,
};

/** Narrows the queue to one run's or one dataset's pairs. */
export interface QueueTarget {
  runId?: string;
  datasetId?: string;
}

const api = reviewApi();

export function useNextPair(skip: string[], target: QueueTarget = {}) {
  return useQuery({
    queryKey: reviewKeys.next(skip, target),
    queryFn: async () => (await api.next({ skip: skip.join(","), ...target })).pair,
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useCriteria() {
  return useQuery({ queryKey: reviewKeys.criteria(), queryFn: async () => (await api.criteria()).criteria });
}

export function useVote() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: Omit<NewVote, "blind">) => api.vote({ ...input, blind: true }),
    onSuccess: () => client.invalidateQueries({ queryKey: reviewKeys.leaderboard() }),
  });
}
