"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/lib/api/http-client";
import type { Jsonified } from "@/lib/api/jsonified";
import type { AnswerReviews } from "@/lib/review/session-reviews";

export const sessionReviewKeys = { detail: (sessionId: string) => ["session-reviews", sessionId] as const };

export function useSessionReviews(sessionId: string) {
  return useQuery({
    queryKey: sessionReviewKeys.detail(sessionId),
    queryFn: async () => (await apiFetch<{ reviews: Record<string, Jsonified<AnswerReviews>> }>(`/api/v1/sessions/${sessionId}/reviews`)).reviews,
  });
}

export function useAnnotate(sessionId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ completionId, ...body }: { completionId: string; body: string; quote?: string; quoteStart?: number; quoteEnd?: number }) =>
      apiFetch(`/api/v1/completions/${completionId}/annotations`, { method: "POST", json: body }),
    meta: { inlineError: true },
    onSuccess: () => client.invalidateQueries({ queryKey: sessionReviewKeys.detail(sessionId) }),
  });
}

export function useDeleteAnnotation(sessionId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiFetch<void>(`/api/v1/annotations/${id}`, { method: "DELETE" }),
    onSuccess: () => client.invalidateQueries({ queryKey: sessionReviewKeys.detail(sessionId) }),
  });
}
