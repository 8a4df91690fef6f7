"use client";

import { useQuery, type QueryKey } from "@tanstack/react-query";
import { reviewApi, type NewAnnotation } from "@/lib/api-client/review";
import { useInvalidatingMutation } from "../use-invalidating-mutation";
import { reviewKeys } from "./use-review";

export const sessionReviewKeys = { detail: (sessionId: string) => ["session-reviews", sessionId] as const };

const api = reviewApi();

export function useSessionReviews(sessionId: string) {
  return useQuery({
    queryKey: sessionReviewKeys.detail(sessionId),
    queryFn: async () => (await api.sessionReviews(sessionId)).reviews,
  });
}

/** Annotation and rating mutations for answers shown on a page; `shownIn` is the query that holds
 * the page's reviews (a session's, or a run item's), refreshed after each change. */
export const useAnnotate = (shownIn: QueryKey) =>
  useInvalidatingMutation([shownIn], ({ completionId, ...body }: NewAnnotation & { completionId: string }) => api.annotate(completionId, body), { inlineError: true });

export const useEditAnnotation = (shownIn: QueryKey) => useInvalidatingMutation([shownIn], ({ id, body }: { id: string; body: string }) => api.editAnnotation(id, body), { inlineError: true });

export const useDeleteAnnotation = (shownIn: QueryKey) => useInvalidatingMutation([shownIn], (id: string) => api.deleteAnnotation(id));

export const useRateAnswer = (shownIn: QueryKey) =>
  useInvalidatingMutation([shownIn, reviewKeys.leaderboard()], ({ completionId, criterion, score }: { completionId: string; criterion: string; score: number }) =>
    api.rate(completionId, { criterion, score }),
  );
