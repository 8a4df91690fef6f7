"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import { apiFetch } from "@/lib/api/http-client";
import { useInvalidatingMutation } from "../use-invalidating-mutation";
import type { Jsonified } from "@/lib/api/jsonified";
import type { CatalogRow } from "@/lib/providers/models";
import type { ConnectionTest, PublicProvider } from "@/lib/providers/service";
import type { ProviderSettings } from "@/lib/providers/settings-schema";
import type { ProviderKind } from "@/lib/providers/types";

export type ProviderView = Jsonified<PublicProvider>;
export type ModelView = CatalogRow;
export type PriceField = "inputPricePerMTok" | "outputPricePerMTok" | "cachedInputPricePerMTok" | "cacheWritePricePerMTok" | "reasoningPricePerMTok";

export type { ConnectionTest };

export const providerKeys = {
  all: ["providers"] as const,
  list: () => [...providerKeys.all, "list"] as const,
  remoteModels: (id: string) => [...providerKeys.all, id, "remote-models"] as const,
};

export const modelKeys = {
  all: ["models"] as const,
  list: () => [...modelKeys.all, "list"] as const,
};

export function useProviders() {
  return useQuery({ queryKey: providerKeys.list(), queryFn: async () => (await apiFetch<{ providers: ProviderView[] }>("/api/v1/providers")).providers });
}

export function useModels() {
  return useQuery({ queryKey: modelKeys.list(), queryFn: async () => (await apiFetch<{ models: ModelView[] }>("/api/v1/models")).models });
}

export function useRemoteModels(providerId: string, enabled: boolean) {
  return useQuery({
    queryKey: providerKeys.remoteModels(providerId),
    queryFn: async () => (await apiFetch<{ models: { id: string; displayName?: string }[] }>(`/api/v1/providers/${providerId}/remote-models`)).models,
    enabled,
    retry: false,
  });
}

/** Provider changes can change the model catalog too. */
const useProviderMutation = <TInput, TResult>(mutationFn: (input: TInput) => Promise<TResult>, inlineError = false) =>
  useInvalidatingMutation([providerKeys.all, modelKeys.all], mutationFn, { inlineError });

export function useCreateProvider() {
  return useProviderMutation(
    (input: { name: string; kind: ProviderKind; customEndpoint?: boolean; baseUrl?: string; apiKey?: string }) =>
      apiFetch<{ provider: ProviderView }>("/api/v1/providers", { method: "POST", json: input }),
    true,
  );
}

export function useUpdateProvider() {
  return useProviderMutation(
    ({ id, ...input }: { id: string; name?: string; customEndpoint?: boolean; baseUrl?: string | null; apiKey?: string | null; settings?: ProviderSettings }) =>
      apiFetch<{ provider: ProviderView }>(`/api/v1/providers/${id}`, { method: "PATCH", json: input }),
    true,
  );
}

export function useArchiveProvider() {
  return useProviderMutation((id: string) => apiFetch<void>(`/api/v1/providers/${id}`, { method: "DELETE" }));
}

export function useTestProvider() {
  return useMutation({ mutationFn: async (id: string) => (await apiFetch<{ test: ConnectionTest }>(`/api/v1/providers/${id}/test`, { method: "POST" })).test });
}

export function useImportModels() {
  return useProviderMutation(({ providerId, modelIds }: { providerId: string; modelIds: string[] }) =>
    apiFetch(`/api/v1/providers/${providerId}/models`, { method: "POST", json: { modelIds } }),
  );
}

export function useUpdateModel() {
  return useProviderMutation(
    ({ id, ...input }: { id: string } & Partial<Record<PriceField, string | null>>) => apiFetch(`/api/v1/models/${id}`, { method: "PATCH", json: input }),
    true,
  );
}
