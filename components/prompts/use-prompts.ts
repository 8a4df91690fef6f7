"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/lib/api/http-client";
import type { Jsonified } from "@/lib/api/jsonified";
import type { getPrompt, listPrompts } from "@/lib/prompts/service";
import type { ChatMessage } from "@/lib/providers/types";

export type PromptListItem = Jsonified<Awaited<ReturnType<typeof listPrompts>>[number]>;
export type PromptDetail = Jsonified<Awaited<ReturnType<typeof getPrompt>>>;

export const promptKeys = {
  all: ["prompts"] as const,
  list: () => [...promptKeys.all, "list"] as const,
  detail: (id: string) => [...promptKeys.all, "detail", id] as const,
};

export function usePrompts() {
  return useQuery({ queryKey: promptKeys.list(), queryFn: async () => (await apiFetch<{ prompts: PromptListItem[] }>("/api/v1/prompts")).prompts });
}

/** Waits while `id` is not known yet (a page that learns it from another query). */
export function usePrompt(id: string | undefined) {
  return useQuery({ queryKey: promptKeys.detail(id ?? ""), queryFn: async () => (await apiFetch<{ prompt: PromptDetail }>(`/api/v1/prompts/${id}`)).prompt, enabled: !!id });
}

export function useCreatePrompt() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { name: string; description: string; messages: ChatMessage[]; note: string }) =>
      apiFetch<{ prompt: PromptDetail }>("/api/v1/prompts", { method: "POST", json: input }),
    meta: { inlineError: true },
    onSuccess: () => client.invalidateQueries({ queryKey: promptKeys.all }),
  });
}

export function useAddVersion(promptId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { messages: ChatMessage[]; note: string }) => apiFetch(`/api/v1/prompts/${promptId}/versions`, { method: "POST", json: input }),
    meta: { inlineError: true },
    onSuccess: () => client.invalidateQueries({ queryKey: promptKeys.all }),
  });
}
