"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/lib/api/http-client";
import type { Role } from "@/lib/auth/roles";
import type { TokenRow } from "./use-tokens";

export interface UserRow {
  id: string;
  email: string;
  name: string;
  role: Role;
  createdAt: string;
  deactivatedAt: string | null;
}

export const userKeys = {
  all: ["users"] as const,
  list: () => [...userKeys.all, "list"] as const,
  tokens: (userId: string) => [...userKeys.all, userId, "tokens"] as const,
};

export function useUsers() {
  return useQuery({
    queryKey: userKeys.list(),
    queryFn: async () => (await apiFetch<{ users: UserRow[] }>("/api/v1/users")).users,
  });
}

export function useCreateUser() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { email: string; name: string; role: Role; password: string }) =>
      apiFetch<{ user: UserRow }>("/api/v1/users", { method: "POST", json: input }),
    meta: { inlineError: true },
    onSuccess: () => client.invalidateQueries({ queryKey: userKeys.all }),
  });
}

/** Role change, a new password and (de)activation; deactivating also revokes the user's tokens,
 * hence `all`. */
export function useChangeUser() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...change }: { id: string; role?: Role; active?: boolean; password?: string }) =>
      apiFetch<{ user: UserRow }>(`/api/v1/users/${id}`, { method: "PATCH", json: change }),
    onSettled: () => client.invalidateQueries({ queryKey: userKeys.all }),
  });
}

export function useUserTokens(userId: string, enabled: boolean) {
  return useQuery({
    queryKey: userKeys.tokens(userId),
    queryFn: async () => (await apiFetch<{ tokens: TokenRow[] }>(`/api/v1/users/${userId}/tokens`)).tokens,
    enabled,
  });
}

export function useRevokeUserToken(userId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (tokenId: string) => apiFetch<void>(`/api/v1/users/${userId}/tokens/${tokenId}`, { method: "DELETE" }),
    onSuccess: () => client.invalidateQueries({ queryKey: userKeys.tokens(userId) }),
  });
}
