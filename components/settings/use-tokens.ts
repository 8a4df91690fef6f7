"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { tokensApi, type NewToken } from "@/lib/api-client/tokens";


export const tokenKeys = {
  all: ["tokens"] as const,
  list: () => [...tokenKeys.all, "list"] as const,
};

const api = tokensApi();

export function useTokens() {
  return useQuery({
    queryKey: tokenKeys.list(),
    queryFn: async () => (await api.list()).tokens,
  });
}

export function useCreateToken() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: NewToken) => api.create(input),
    meta: { inlineError: true },
    onSuccess: () => client.invalidateQueries({ queryKey: tokenKeys.all }),
  });
}

export function useRevokeToken() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.revoke(id),
    onSuccess: () => client.invalidateQueries({ queryKey: tokenKeys.all }),
  });
}
