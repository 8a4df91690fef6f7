"use client";

import { useMutation, useQueryClient, type QueryKey } from "@tanstack/react-query";

/** A mutation that, when it succeeds, invalidates the query keys it changes (STYLE rule 5).
 * inlineError: the form shows the error itself, so the global toast stays quiet. */
export function useInvalidatingMutation<TInput, TResult>(
  invalidates: QueryKey[],
  mutationFn: (input: TInput) => Promise<TResult>,
  options: { inlineError?: boolean } = {},
) {
  const client = useQueryClient();
  return useMutation({
    mutationFn,
    meta: { inlineError: options.inlineError ?? false },
    onSuccess: async () => {
      await Promise.all(invalidates.map((queryKey) => client.invalidateQueries({ queryKey })));
    },
  });
}
