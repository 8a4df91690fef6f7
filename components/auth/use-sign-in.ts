"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import type { SignedInUser } from "@/lib/api-client/auth";
import { landingPath } from "@/lib/auth/landing";

/** Sends credentials to an endpoint that sets the login cookie (`authApi().login`, `.setup`), then
 * goes back to the page that asked for the sign-in, or to the role's start page, with the server
 * components re-rendered for the signed-in user. Errors show in the form, not as a toast. */
export function useSignIn<TInput>(signIn: (input: TInput) => Promise<{ user: SignedInUser }>, next: string | null = null) {
  const router = useRouter();
  return useMutation({
    mutationFn: signIn,
    meta: { inlineError: true },
    onSuccess: ({ user }) => {
      router.replace(next ?? landingPath(user.role));
      router.refresh();
    },
  });
}
