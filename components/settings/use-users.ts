"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/lib/api/http-client";
import type { Role } from "@/lib/auth/roles";

export interface UserRow {
  id: string;
  email: string;
  name: string;
  role: Role;
  createdAt: string;
}

export const userKeys = {
  all: ["users"] as const,
  list: () => [...userKeys.all, "list"] as const,
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
