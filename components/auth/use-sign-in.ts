"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { apiFetch } from "@/lib/api/http-client";
import { landingPath } from "@/lib/auth/landing";
import type { Role } from "@/lib/auth/roles";

/** Posts credentials to an endpoint that sets the login cookie (login, first-run setup), then
 * goes back to the page that asked for the sign-in, or to the role's start page, with the server
 * components re-rendered for the signed-in user. Errors show in the form, not as a toast. */
export function useSignIn(path: "/api/v1/auth/login" | "/api/v1/setup", next: string | null = null) {
  const router = useRouter();
  return useMutation({
    mutationFn: (body: Record<string, string>) => apiFetch<{ user: { role: Role } }>(path, { method: "POST", json: body }),
    meta: { inlineError: true },
    onSuccess: ({ user }) => {
      router.replace(next ?? landingPath(user.role));
      router.refresh();
    },
  });
}
