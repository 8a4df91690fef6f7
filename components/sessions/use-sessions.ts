"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { apiFetch } from "@/lib/api/http-client";
import { useInvalidatingMutation } from "../use-invalidating-mutation";
import type { Jsonified } from "@/lib/api/jsonified";
import type { SessionListItem } from "@/lib/sessions/service";
import type { SessionView } from "@/lib/sessions/views";

export type SessionData = Jsonified<SessionView>;
export type SessionListData = Jsonified<{ items: SessionListItem[]; total: number; page: number; pageSize: number }>;

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

export function useSession(id: string | null) {
  return useQuery({
    queryKey: sessionKeys.detail(id ?? "none"),
    queryFn: async () => (await apiFetch<{ session: SessionData }>(`/api/v1/sessions/${id}`)).session,
    enabled: id !== null,
  });
}

export function useSessionList(query: SessionQuery) {
  const search = new URLSearchParams({ sort: query.sort, page: String(query.page), ...(query.q && { q: query.q }) });
  return useQuery({
    queryKey: sessionKeys.list(query),
    queryFn: () => apiFetch<SessionListData>(`/api/v1/sessions?${search}`),
    placeholderData: keepPreviousData,
  });
}

const useSessionMutation = <TInput, TResult>(mutationFn: (input: TInput) => Promise<TResult>) => useInvalidatingMutation([sessionKeys.all], mutationFn);

export const useCreateSession = () =>
  useSessionMutation((input: { variantIds: string[]; blind: boolean; title?: string }) =>
    apiFetch<{ id: string; session: SessionData }>("/api/v1/sessions", { method: "POST", json: input }),
  );
export const useRenameSession = () =>
  useSessionMutation(({ id, title }: { id: string; title: string }) => apiFetch(`/api/v1/sessions/${id}`, { method: "PATCH", json: { title } }));
export const useDeleteSession = () => useSessionMutation((id: string) => apiFetch<void>(`/api/v1/sessions/${id}`, { method: "DELETE" }));
export const useDuplicateSession = () => useSessionMutation((id: string) => apiFetch<{ id: string }>(`/api/v1/sessions/${id}/duplicate`, { method: "POST" }));
export const useRevealSession = () => useSessionMutation((id: string) => apiFetch(`/api/v1/sessions/${id}/reveal`, { method: "POST" }));
export const useSetColumnVariant = () =>
  useSessionMutation(({ id, columnId, variantId }: { id: string; columnId: string; variantId: string }) =>
    apiFetch(`/api/v1/sessions/${id}/columns/${columnId}`, { method: "PATCH", json: { variantId } }),
  );
