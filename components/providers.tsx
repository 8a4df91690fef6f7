"use client";

import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { useState, type ReactNode } from "react";
import { Toaster, toast } from "@/components/ui/toaster";
import { ApiError } from "@/lib/api/http-client";

function describe(error: unknown) {
  return error instanceof ApiError ? error.problem.detail : error instanceof Error ? error.message : String(error);
}

export function Providers({ children }: { children: ReactNode }) {
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
    <QueryClientProvider client={client}>
      {children}
      <Toaster />
    </QueryClientProvider>
  );
}
