"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { promptsApi, type NewPrompt, type NewPromptVersion, type PromptJson, type PromptListItemJson } from "@/lib/api-client/prompts";

export type PromptListItem = PromptListItemJson;
export type PromptDetail = PromptJson;

export const promptKeys = {
  all: ["prompts"] as const,
  list: () => [...promptKeys.all, "list"] as const,
  detail: (id: string) => [...promptKeys.all, "detail", id] as const,
};

export function usePrompts() {
  return useQuery({ queryKey: promptKeys.list(), queryFn: async () => (await promptsApi().list()).prompts });
}

/** Waits while `id` is not known yet (a page that learns it from another query). */
export function usePrompt(id: string | undefined) {
  return useQuery({ queryKey: promptKeys.detail(id ?? ""), queryFn: async () => (await promptsApi().get(id!)).prompt, enabled: !!id });
}

export function useCreatePrompt() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: NewPrompt) => promptsApi().create(input),
    meta: { inlineError: true },
    onSuccess: () => client.invalidateQueries({ queryKey: promptKeys.all }),
  });
}

export function useAddVersion(promptId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: NewPromptVersion) => promptsApi().addVersion(promptId, input),
    meta: { inlineError: true },
    onSuccess: () => client.invalidateQueries({ queryKey: promptKeys.all }),
  });
}
