"use client";

import { useQuery, type QueryKey } from "@tanstack/react-query";
import { apiFetch } from "@/lib/api/http-client";
import type { Jsonified } from "@/lib/api/jsonified";
import type { AnswerReviews } from "@/lib/review/answer-reviews";
import { useInvalidatingMutation } from "../use-invalidating-mutation";
import { reviewKeys } from "./use-review";

export const sessionReviewKeys = { detail: (sessionId: string) => ["session-reviews", sessionId] as const };

export function useSessionReviews(sessionId: string) {
  return useQuery({
    queryKey: sessionReviewKeys.detail(sessionId),
    queryFn: async () => (await apiFetch<{ reviews: Record<string, Jsonified<AnswerReviews>> }>(`/api/v1/sessions/${sessionId}/reviews`)).reviews,
  });
}

/** Annotation and rating mutations for answers shown on a page; `shownIn` is the query that holds
 * the page's reviews (a session's, or a run item's), refreshed after each change. */
export const useAnnotate = (shownIn: QueryKey) =>
  useInvalidatingMutation(
    [shownIn],
    ({ completionId, ...body }: { completionId: string; body: string; quote?: string; quoteStart?: number; quoteEnd?: number }) =>
      apiFetch(`/api/v1/completions/${completionId}/annotations`, { method: "POST", json: body }),
    { inlineError: true },
  );

export const useEditAnnotation = (shownIn: QueryKey) =>
  useInvalidatingMutation([shownIn], ({ id, body }: { id: string; body: string }) => apiFetch(`/api/v1/annotations/${id}`, { method: "PATCH", json: { body } }), { inlineError: true });

export const useDeleteAnnotation = (shownIn: QueryKey) => useInvalidatingMutation([shownIn], (id: string) => apiFetch<void>(`/api/v1/annotations/${id}`, { method: "DELETE" }));

export const useRateAnswer = (shownIn: QueryKey) =>
  useInvalidatingMutation([shownIn, reviewKeys.leaderboard()], ({ completionId, criterion, score }: { completionId: string; criterion: string; score: number }) =>
    apiFetch(`/api/v1/completions/${completionId}/ratings`, { method: "POST", json: { criterion, score } }),
  );
