"use client";

import { Button } from "@/components/ui/button";
import { toast } from "@/components/ui/sonner";
import { KindBadge } from "./provider-card";
import { useArchiveVariant, useDuplicateVariant, useVariants, type VariantRow } from "./use-variants";
import { VariantForm } from "./variant-form";

function settingsSummary(variant: VariantRow) {
  const parts = [
    variant.temperature !== null && `temp ${variant.temperature}`,
    variant.topP !== null && `top_p ${variant.topP}`,
    variant.maxTokens !== null && `max ${variant.maxTokens} tok`,
    variant.seed !== null && `seed ${variant.seed}`,
    variant.stop.length > 0 && `stop ${variant.stop.map((stop) => JSON.stringify(stop)).join(" ")}`,
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(" · ") : "provider defaults";
}

export function VariantsPanel({ canEdit }: { canEdit: boolean }) {
  const variants = useVariants();
  const duplicate = useDuplicateVariant();
  const archive = useArchiveVariant();

  return (
    <div className={canEdit ? "grid items-start gap-6 lg:grid-cols-[1fr_22rem]" : ""}>
      <div className="overflow-hidden rounded-lg bg-white ring-1 ring-zinc-200">
        {variants.data?.length === 0 && (
          <p className="px-4 py-10 text-center text-sm text-zinc-600" data-testid="empty-state">
            No variants yet. {canEdit ? "Create one from any model — the simulated ones work offline." : "Ask an editor to create some."}
          </p>
        )}
        {variants.data && variants.data.length > 0 && (
          <table className="w-full text-left text-sm" data-testid="variants-table">
            <thead className="bg-zinc-50 text-xs text-zinc-500 uppercase">
              <tr>
                <th className="px-4 py-2 font-medium">Variant</th>
                <th className="px-4 py-2 font-medium">Model</th>
                <th className="px-4 py-2 font-medium">Settings</th>
                {canEdit && <th className="px-4 py-2" />}
              </tr>
            </thead>
            <tbody className="divide-y divide-zinc-100">
              {variants.data.map((variant) => (
                <tr key={variant.id}>
                  <td className="px-4 py-2">
                    <p className="font-medium">{variant.name}</p>
                    {variant.systemPrompt && <p className="max-w-xs truncate text-xs text-zinc-500">{variant.systemPrompt}</p>}
                  </td>
                  <td className="px-4 py-2">
                    <p>{variant.model.displayName}</p>
                    <p className="mt-0.5 flex items-center gap-1 text-xs text-zinc-500">
                      {variant.provider.name} <KindBadge kind={variant.provider.kind} />
                    </p>
                  </td>
                  <td className="px-4 py-2 text-xs text-zinc-600">{settingsSummary(variant)}</td>
                  {canEdit && (
                    <td className="px-4 py-2 text-right whitespace-nowrap">
                      <Button variant="ghost" onClick={() => duplicate.mutate(variant.id, { onSuccess: ({ variant: copy }) => toast.success(`Created ${copy.name}`) })}>
                        Duplicate
                      </Button>
                      <Button variant="ghost" onClick={() => archive.mutate(variant.id, { onSuccess: () => toast.success(`Archived ${variant.name}`) })}>
                        Archive
                      </Button>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
      {canEdit && <VariantForm />}
    </div>
  );
}
