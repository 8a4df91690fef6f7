"use client";

import { AddProviderForm } from "./add-provider-form";
import { ProviderCard } from "./provider-card";
import { useModels, useProviders } from "./use-providers";

export function ProvidersPanel({ canEdit }: { canEdit: boolean }) {
  const providers = useProviders();
  const models = useModels();
  return (
    <div className={canEdit ? "grid items-start gap-6 lg:grid-cols-[1fr_20rem]" : ""}>
      <div className="min-w-0 space-y-4">
        {providers.isPending && <p className="text-sm text-zinc-500">Loading providers…</p>}
        {providers.data?.map((provider) => (
          <ProviderCard key={provider.id} provider={provider} models={(models.data ?? []).filter((model) => model.providerId === provider.id)} canEdit={canEdit} />
        ))}
      </div>
      {canEdit && <AddProviderForm />}
    </div>
  );
}
