"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { sessionsApi, type NewSession, type SessionJson } from "@/lib/api-client/sessions";
import { useInvalidatingMutation } from "../use-invalidating-mutation";

export type SessionData = SessionJson;

export interface SessionQuery {
  q: string;
  sort: "newest" | "oldest" | "title";
  page: number;
}

export const sessionKeys = {
  all: ["sessions"] as const,
  list: (query: SessionQuery) => [...sessionKeys.all, "list", query] as const,
  detail: (id: string) => [...sessionKeys.all, "detail", id] as const,
};

const api = sessionsApi();

export function useSession(id: string | null) {
  return useQuery({
    queryKey: sessionKeys.detail(id ?? "none"),
    queryFn: async () => (await api.get(id!)).session,
    enabled: id !== null,
  });
}

export function useSessionList(query: SessionQuery) {
  return useQuery({
    queryKey: sessionKeys.list(query),
    queryFn: () => api.list({ sort: query.sort, page: query.page, ...(query.q && { q: query.q }) }),
    placeholderData: keepPreviousData,
  });
}

const useSessionMutation = <TInput, TResult>(mutationFn: (input: TInput) => Promise<TResult>) => useInvalidatingMutation([sessionKeys.all], mutationFn);

export const useCreateSession = () => useSessionMutation((input: NewSession) => api.create(input));
export const useRenameSession = () => useSessionMutation(({ id, title }: { id: string; title: string }) => api.rename(id, title));
export const useDeleteSession = () => useSessionMutation((id: string) => api.remove(id));
export const useDuplicateSession = () => useSessionMutation((id: string) => api.duplicate(id));
export const useRevealSession = () => useSessionMutation((id: string) => api.reveal(id));
export const useSetColumnVariant = () =>
  useSessionMutation(({ id, columnId, variantId }: { id: string; columnId: string; variantId: string }) => api.setColumnVariant(id, columnId, variantId));
