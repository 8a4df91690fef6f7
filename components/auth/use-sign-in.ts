"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { apiFetch } from "@/lib/api/http-client";

/** Posts credentials to an endpoint that sets the login cookie (login, first-run setup), then
 * goes to Compare with the server components re-rendered for the signed-in user. Errors show
 * in the form, not as a toast. */
export function useSignIn(path: "/api/v1/auth/login" | "/api/v1/setup") {
  const router = useRouter();
  return useMutation({
    mutationFn: (body: Record<string, string>) => apiFetch(path, { method: "POST", json: body }),
    meta: { inlineError: true },
    onSuccess: () => {
      router.replace("/compare");
      router.refresh();
    },
  });
}
