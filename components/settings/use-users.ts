"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { tokensApi } from "@/lib/api-client/tokens";
import { usersApi, type AdminUser, type NewUser, type UserChange } from "@/lib/api-client/users";

export type UserRow = AdminUser;

export const userKeys = {
  all: ["users"] as const,
  list: () => [...userKeys.all, "list"] as const,
  tokens: (userId: string) => [...userKeys.all, userId, "tokens"] as const,
};

const users = usersApi();
const tokens = tokensApi();

export function useUsers() {
  return useQuery({
    queryKey: userKeys.list(),
    queryFn: async () => (await users.list()).users,
  });
}

export function useCreateUser() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: NewUser) => users.create(input),
    meta: { inlineError: true },
    onSuccess: () => client.invalidateQueries({ queryKey: userKeys.all }),
  });
}

/** Role change, a new password and (de)activation; deactivating also revokes the user's tokens,
 * hence `all`. */
export function useChangeUser() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...change }: UserChange & { id: string }) => users.change(id, change),
    onSettled: () => client.invalidateQueries({ queryKey: userKeys.all }),
  });
}

export function useUserTokens(userId: string, enabled: boolean) {
  return useQuery({
    queryKey: userKeys.tokens(userId),
    queryFn: async () => (await tokens.listOfUser(userId)).tokens,
    enabled,
  });
}

export function useRevokeUserToken(userId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (tokenId: string) => tokens.revokeOfUser(userId, tokenId),
    onSuccess: () => client.invalidateQueries({ queryKey: userKeys.tokens(userId) }),
  });
}
