"use client";

import { useState } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EditProviderForm, officialKind } from "./edit-provider-form";
import { ModelTable } from "./model-table";
import { RemoteModelPicker } from "./remote-model-picker";
import { useArchiveProvider, useTestProvider, type ModelView, type ProviderView } from "./use-providers";

export function KindBadge({ kind }: { kind: ProviderView["kind"] }) {
  const simulated = kind === "simulated";
  return <Badge variant={simulated ? "warning" : "secondary"}>{simulated ? "simulated · offline" : kind}</Badge>;
}

export function ProviderCard({ provider, models, canEdit }: { provider: ProviderView; models: ModelView[]; canEdit: boolean }) {
  const test = useTestProvider();
  const archive = useArchiveProvider();
  const [editing, setEditing] = useState(false);
  const [listing, setListing] = useState(false);

  return (
    <Card className="overflow-hidden" data-testid={`provider-${provider.name}`} aria-label={provider.name} role="region">
      <header className="flex flex-wrap items-start justify-between gap-3 border-b border-border px-4 py-3">
        <div>
          <div className="flex items-center gap-2">
            <h2 className="font-semibold">{provider.name}</h2>
            <KindBadge kind={provider.kind} />
          </div>
          <p className="mt-0.5 text-xs text-muted-foreground">
            {provider.simulated ? "built in, no network" : officialKind(provider.kind) && !provider.customEndpoint ? "official endpoint" : provider.baseUrl}
            {officialKind(provider.kind) && provider.customEndpoint && " (custom endpoint)"}
            {provider.hasApiKey && <> · key <code>{provider.apiKeyDisplay}</code></>}
            {(provider.settings.maxConcurrency !== undefined || provider.settings.requestsPerMinute !== undefined) &&
              ` · runs default to ${[provider.settings.maxConcurrency !== undefined && `${provider.settings.maxConcurrency} at once`, provider.settings.requestsPerMinute !== undefined && `${provider.settings.requestsPerMinute}/min`].filter(Boolean).join(", ")}`}
          </p>
        </div>
        {canEdit && (
          <div className="flex flex-wrap gap-2">
            <Button variant="secondary" onClick={() => test.mutate(provider.id)} disabled={test.isPending}>
              {test.isPending ? "Testing…" : "Test connection"}
            </Button>
            <Button variant="secondary" onClick={() => setListing(!listing)}>
              {listing ? "Hide provider models" : "List models"}
            </Button>
            <Button variant="ghost" onClick={() => setEditing(!editing)}>
              Edit
            </Button>
            {!provider.simulated && (
              <Button
                variant="danger"
                onClick={() => {
                  if (window.confirm(`Archive ${provider.name}? Its variants keep working for saved results but it disappears from lists.`)) archive.mutate(provider.id);
                }}
              >
                Archive
              </Button>
            )}
          </div>
        )}
      </header>
      {test.data && (
        <p role="status" data-testid="connection-result" className={`px-4 py-2 text-sm ${test.data.ok ? "bg-emerald-50 text-emerald-800 dark:bg-emerald-500/10 dark:text-emerald-300" : "bg-red-50 text-red-700 dark:bg-red-500/10 dark:text-red-300"}`}>
          {test.data.ok
            ? `Connected in ${test.data.latencyMs} ms — the provider lists ${test.data.modelCount} models.`
            : `Connection failed (${test.data.error?.kind}): ${test.data.error?.message}`}
        </p>
      )}
      {editing && <EditProviderForm provider={provider} onDone={() => setEditing(false)} />}
      {listing && <RemoteModelPicker providerId={provider.id} known={new Set(models.map((model) => model.modelId))} />}
      <ModelTable models={models} canEdit={canEdit} />
    </Card>
  );
}
