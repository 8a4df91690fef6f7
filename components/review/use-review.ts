"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/lib/api/http-client";
import type { ReviewPair } from "@/lib/review/queue";

export const reviewKeys = {
  all: ["review"] as const,
  next: (skip: string[]) => [...reviewKeys.all, "next", skip] as const,
  criteria: () => [...reviewKeys.all, "criteria"] as const,
  leaderboard: () => ["leaderboard"] as const,
};

export function useNextPair(skip: string[]) {
  return useQuery({
    queryKey: reviewKeys.next(skip),
    queryFn: async () => (await apiFetch<{ pair: ReviewPair | null }>(`/api/v1/review/next?skip=${encodeURIComponent(skip.join(","))}`)).pair,
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
