"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/lib/api/http-client";
import type { ReviewPair } from "@/lib/review/queue";

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

export function useNextPair(skip: string[], target: QueueTarget = {}) {
  const search = new URLSearchParams({ skip: skip.join(","), ...target });
  return useQuery({
    queryKey: reviewKeys.next(skip, target),
    queryFn: async () => (await apiFetch<{ pair: ReviewPair | null }>(`/api/v1/review/next?${search}`)).pair,
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useCriteria() {
  return useQuery({ queryKey: reviewKeys.criteria(), queryFn: async () => (await apiFetch<{ criteria: string[] }>("/api/v1/review/criteria")).criteria });
}

export function useVote() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { completionAId: string; completionBId: string; choice: "a" | "b" | "tie" | "both_bad" }) =>
      apiFetch<{ revealed: { left: string; right: string } | null }>("/api/v1/votes", { method: "POST", json: { ...input, blind: true } }),
    onSuccess: () => client.invalidateQueries({ queryKey: reviewKeys.leaderboard() }),
  });
}
