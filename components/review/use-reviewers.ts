"use client";

import { useQuery } from "@tanstack/react-query";
import { apiFetch } from "@/lib/api/http-client";
import type { ReviewerQuality } from "@/lib/review/reviewer-quality";
import { useInvalidatingMutation } from "../use-invalidating-mutation";

type Choice = "a" | "b" | "tie" | "both_bad";

export interface Exclusion {
  id: string;
  reviewerId: string;
  reason: string;
  createdAt: string;
  endedAt: string | null;
  createdBy: { id: string; name: string };
  endedBy: { id: string; name: string } | null;
}

export interface ReviewerRow {
  id: string;
  name: string;
  email: string;
  role: string;
  deactivatedAt: string | null;
  quality: ReviewerQuality;
  excluded: Exclusion | null;
  history: Exclusion[];
}

export interface GoldPairRow {
  id: string;
  completionAId: string;
  completionBId: string;
  expected: Choice;
  note: string;
  createdAt: string;
  createdBy: { id: string; name: string };
  variantA: string;
  variantB: string;
  votes: number;
  correct: number;
}

export const reviewerKeys = {
  all: ["reviewers"] as const,
  list: () => [...reviewerKeys.all, "list"] as const,
  gold: () => [...reviewerKeys.all, "gold"] as const,
};

export function useReviewers() {
  return useQuery({ queryKey: reviewerKeys.list(), queryFn: async () => (await apiFetch<{ reviewers: ReviewerRow[] }>("/api/v1/review/reviewers")).reviewers });
}

export function useGoldPairs() {
  return useQuery({ queryKey: reviewerKeys.gold(), queryFn: async () => (await apiFetch<{ goldPairs: GoldPairRow[] }>("/api/v1/review/gold")).goldPairs });
}

/** Exclusions change what the leaderboard counts, so its boards are invalidated too. */
export function useExcludeReviewer() {
  return useInvalidatingMutation([reviewerKeys.all, ["leaderboard"]], ({ id, reason }: { id: string; reason: string }) =>
    apiFetch<{ exclusion: Exclusion }>(`/api/v1/review/reviewers/${id}/exclusions`, { method: "POST", json: { reason } }),
  );
}

export function useEndExclusion() {
  return useInvalidatingMutation([reviewerKeys.all, ["leaderboard"]], (id: string) => apiFetch<{ exclusion: Exclusion }>(`/api/v1/review/reviewers/${id}/exclusions/end`, { method: "POST" }));
}

export function useMarkGold() {
  return useInvalidatingMutation(
    [reviewerKeys.all],
    (input: { completionAId: string; completionBId: string; expected: Choice; note: string }) => apiFetch<{ goldPair: GoldPairRow }>("/api/v1/review/gold", { method: "POST", json: input }),
    { inlineError: true },
  );
}

export function useDeleteGold() {
  return useInvalidatingMutation([reviewerKeys.all], (id: string) => apiFetch<void>(`/api/v1/review/gold/${id}`, { method: "DELETE" }));
}
