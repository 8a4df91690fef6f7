"use client";

import { useQuery } from "@tanstack/react-query";
import { reviewApi, type NewGoldPair, type ReviewerJson } from "@/lib/api-client/review";
import { useInvalidatingMutation } from "../use-invalidating-mutation";

export type ReviewerRow = ReviewerJson;

export const reviewerKeys = {
  all: ["reviewers"] as const,
  list: () => [...reviewerKeys.all, "list"] as const,
  gold: () => [...reviewerKeys.all, "gold"] as const,
};

const api = reviewApi();

export function useReviewers() {
  return useQuery({ queryKey: reviewerKeys.list(), queryFn: async () => (await api.reviewers()).reviewers });
}

export function useGoldPairs() {
  return useQuery({ queryKey: reviewerKeys.gold(), queryFn: async () => (await api.goldPairs()).goldPairs });
}

/** Exclusions change what the leaderboard counts, so its boards are invalidated too. */
export function useExcludeReviewer() {
  return useInvalidatingMutation([reviewerKeys.all, ["leaderboard"]], ({ id, reason }: { id: string; reason: string }) => api.exclude(id, reason));
}

export function useEndExclusion() {
  return useInvalidatingMutation([reviewerKeys.all, ["leaderboard"]], (id: string) => api.endExclusion(id));
}

export function useMarkGold() {
  return useInvalidatingMutation(
    [reviewerKeys.all],
    (input: NewGoldPair) => api.markGold(input),
    { inlineError: true },
  );
}

export function useDeleteGold() {
  return useInvalidatingMutation([reviewerKeys.all], (id: string) => api.deleteGold(id));
}
