"use client";

import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { setNonce } from "get-nonce";
import { ThemeProvider } from "next-themes";
import { useState, type ReactNode } from "react";
import { Toaster, toast } from "@/components/ui/sonner";
import { TooltipProvider } from "@/components/ui/tooltip";
import { ApiError } from "@/lib/api/http-client";

function describe(error: unknown) {
  return error instanceof ApiError ? error.problem.detail : error instanceof Error ? error.message : String(error);
}

/** `nonce` is this page's CSP nonce (app/layout.tsx reads it from the request): next-themes puts
 * it on its inline script that sets the theme before the first paint, and Radix's scroll lock
 * (dialogs, menus) on the <style> it inserts, through get-nonce. */
export function Providers({ nonce, children }: { nonce?: string; children: ReactNode }) {
  if (nonce) setNonce(nonce);
  // One error path for the whole client (STYLE rule 4): every failed query or mutation is a toast,
  // unless the mutation shows its error inline (meta.inlineError).
  const [client] = useState(
    () =>
      new QueryClient({
        queryCache: new QueryCache({ onError: (error) => toast.error(describe(error)) }),
        mutationCache: new MutationCache({
          onError: (error, _vars, _ctx, mutation) => {
            if (!mutation.meta?.inlineError) toast.error(describe(error));
          },
        }),
        defaultOptions: { queries: { staleTime: 10_000, retry: 1 } },
      }),
  );
  return (
    <ThemeProvider attribute="class" defaultTheme="system" enableSystem disableTransitionOnChange nonce={nonce}>
      <QueryClientProvider client={client}>
        <TooltipProvider delayDuration={300}>
          {children}
          <Toaster />
        </TooltipProvider>
      </QueryClientProvider>
    </ThemeProvider>
  );
}
