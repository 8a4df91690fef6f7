"use client";

import { useQuery } from "@tanstack/react-query";
import { apiFetch } from "@/lib/api/http-client";
import { useInvalidatingMutation } from "../use-invalidating-mutation";
import type { Jsonified } from "@/lib/api/jsonified";
import type { RevisionView } from "@/lib/variants/revisions";
import type { VariantView } from "@/lib/variants/service";

export type VariantRow = Jsonified<VariantView>;
export type RevisionRow = Jsonified<RevisionView>;

/** A sampling setting as the form read it: a number, null for "not set", or the text typed when
 * it is not a number — sent as it is so that the API refuses it with the setting's own rule. */
type Setting = number | string | null;

export interface NewVariant {
  name: string;
  modelId: string;
  systemPrompt?: string | null;
  temperature?: Setting;
  topP?: Setting;
  maxTokens?: Setting;
  stop?: string[];
  seed?: Setting;
}

export const variantKeys = {
  all: ["variants"] as const,
  list: () => [...variantKeys.all, "list"] as const,
  revisions: (id: string) => [...variantKeys.all, id, "revisions"] as const,
};

export function useVariants() {
  return useQuery({ queryKey: variantKeys.list(), queryFn: async () => (await apiFetch<{ variants: VariantRow[] }>("/api/v1/variants")).variants });
}

export function useVariantRevisions(id: string, enabled: boolean) {
  return useQuery({
    queryKey: variantKeys.revisions(id),
    queryFn: async () => (await apiFetch<{ revisions: RevisionRow[] }>(`/api/v1/variants/${id}/revisions`)).revisions,
    enabled,
  });
}

const useVariantMutation = <TInput, TResult>(mutationFn: (input: TInput) => Promise<TResult>, inlineError = false) =>
  useInvalidatingMutation([variantKeys.all], mutationFn, { inlineError });

export const useCreateVariant = () =>
  useVariantMutation((input: NewVariant) => apiFetch<{ variant: VariantRow }>("/api/v1/variants", { method: "POST", json: input }), true);

/** An edit of any setting makes a new revision (the server decides). */
export const useUpdateVariant = () =>
  useVariantMutation(({ id, ...input }: Partial<NewVariant> & { id: string }) => apiFetch<{ variant: VariantRow }>(`/api/v1/variants/${id}`, { method: "PATCH", json: input }), true);

export const useDuplicateVariant = () =>
  useVariantMutation((id: string) => apiFetch<{ variant: VariantRow }>(`/api/v1/variants/${id}/duplicate`, { method: "POST" }));

export const useArchiveVariant = () => useVariantMutation((id: string) => apiFetch<void>(`/api/v1/variants/${id}`, { method: "DELETE" }));
