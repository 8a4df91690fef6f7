"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import { providersApi, type ConnectionTestJson, type ModelChange, type ModelJson, type NewProvider, type ProviderChange, type ProviderJson } from "@/lib/api-client/providers";
import { useInvalidatingMutation } from "../use-invalidating-mutation";

export type ProviderView = ProviderJson;
export type ModelView = ModelJson;
export type ConnectionTest = ConnectionTestJson;
export type PriceField = "inputPricePerMTok" | "outputPricePerMTok" | "cachedInputPricePerMTok" | "cacheWritePricePerMTok" | "reasoningPricePerMTok";

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
  return useQuery({ queryKey: providerKeys.list(), queryFn: async () => (await providersApi().list()).providers });
}

export function useModels() {
  return useQuery({ queryKey: modelKeys.list(), queryFn: async () => (await providersApi().catalog()).models });
}

export function useRemoteModels(providerId: string, enabled: boolean) {
  return useQuery({ queryKey: providerKeys.remoteModels(providerId), queryFn: async () => (await providersApi().remoteModels(providerId)).models, enabled, retry: false });
}

/** Provider changes can change the model catalog too. */
const useProviderMutation = <TInput, TResult>(mutationFn: (input: TInput) => Promise<TResult>, inlineError = false) =>
  useInvalidatingMutation([providerKeys.all, modelKeys.all], mutationFn, { inlineError });

export function useCreateProvider() {
  return useProviderMutation((input: NewProvider) => providersApi().create(input), true);
}

export function useUpdateProvider() {
  return useProviderMutation(({ id, ...change }: ProviderChange & { id: string }) => providersApi().change(id, change), true);
}

export function useArchiveProvider() {
  return useProviderMutation((id: string) => providersApi().archive(id));
}

export function useTestProvider() {
  return useMutation({ mutationFn: async (id: string) => (await providersApi().test(id)).test });
}

export function useImportModels() {
  return useProviderMutation(({ providerId, modelIds }: { providerId: string; modelIds: string[] }) => providersApi().importModels(providerId, modelIds));
}

export function useUpdateModel() {
  return useProviderMutation(({ id, ...change }: ModelChange & { id: string }) => providersApi().changeModel(id, change), true);
}
