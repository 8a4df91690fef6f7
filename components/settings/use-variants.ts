"use client";

import { useQuery } from "@tanstack/react-query";
import { variantsApi, type NewVariant, type RevisionJson, type VariantChange, type VariantJson } from "@/lib/api-client/variants";
import { useInvalidatingMutation } from "../use-invalidating-mutation";

export type VariantRow = VariantJson;
export type RevisionRow = RevisionJson;
export type { NewVariant };

export const variantKeys = {
  all: ["variants"] as const,
  list: () => [...variantKeys.all, "list"] as const,
  revisions: (id: string) => [...variantKeys.all, id, "revisions"] as const,
};

export function useVariants() {
  return useQuery({ queryKey: variantKeys.list(), queryFn: async () => (await variantsApi().list()).variants });
}

export function useVariantRevisions(id: string, enabled: boolean) {
  return useQuery({ queryKey: variantKeys.revisions(id), queryFn: async () => (await variantsApi().revisions(id)).revisions, enabled });
}

const useVariantMutation = <TInput, TResult>(mutationFn: (input: TInput) => Promise<TResult>, inlineError = false) =>
  useInvalidatingMutation([variantKeys.all], mutationFn, { inlineError });

export const useCreateVariant = () => useVariantMutation((input: NewVariant) => variantsApi().create(input), true);

/** An edit of any setting makes a new revision (the server decides). */
export const useUpdateVariant = () => useVariantMutation(({ id, ...change }: VariantChange & { id: string }) => variantsApi().change(id, change), true);

export const useDuplicateVariant = () => useVariantMutation((id: string) => variantsApi().duplicate(id));

export const useArchiveVariant = () => useVariantMutation((id: string) => variantsApi().archive(id));
