"use client";

import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { FormError, TextField } from "@/components/ui/field";
import { toast } from "@/components/ui/sonner";
import { ModelTable } from "./model-table";
import { RemoteModelPicker } from "./remote-model-picker";
import { useArchiveProvider, useTestProvider, useUpdateProvider, type ModelView, type ProviderView } from "./use-providers";

export function KindBadge({ kind }: { kind: ProviderView["kind"] }) {
  const simulated = kind === "simulated";
  return (
    <span className={`rounded-full px-2 py-0.5 text-xs whitespace-nowrap ${simulated ? "bg-amber-100 text-amber-800" : "bg-zinc-100 text-zinc-700"}`}>
      {simulated ? "simulated · offline" : kind}
    </span>
  );
}

const officialKind = (kind: ProviderView["kind"]) => kind === "openai" || kind === "anthropic";

export function ProviderCard({ provider, models, canEdit }: { provider: ProviderView; models: ModelView[]; canEdit: boolean }) {
  const test = useTestProvider();
  const archive = useArchiveProvider();
  const [editing, setEditing] = useState(false);
  const [listing, setListing] = useState(false);

  return (
    <section className="rounded-lg bg-white ring-1 ring-zinc-200" data-testid={`provider-${provider.name}`} aria-label={provider.name}>
      <header className="flex flex-wrap items-start justify-between gap-3 border-b border-zinc-100 px-4 py-3">
        <div>
          <div className="flex items-center gap-2">
            <h2 className="font-semibold">{provider.name}</h2>
            <KindBadge kind={provider.kind} />
          </div>
          <p className="mt-0.5 text-xs text-zinc-500">
            {provider.simulated ? "built in, no network" : officialKind(provider.kind) && !provider.customEndpoint ? "official endpoint" : provider.baseUrl}
            {officialKind(provider.kind) && provider.customEndpoint && " (custom endpoint)"}
            {provider.hasApiKey && <> · key <code>{provider.apiKeyDisplay}</code></>}
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
        <p role="status" data-testid="connection-result" className={`px-4 py-2 text-sm ${test.data.ok ? "bg-emerald-50 text-emerald-800" : "bg-red-50 text-red-700"}`}>
          {test.data.ok
            ? `Connected in ${test.data.latencyMs} ms — the provider lists ${test.data.modelCount} models.`
            : `Connection failed (${test.data.error?.kind}): ${test.data.error?.message}`}
        </p>
      )}
      {editing && <EditProviderForm provider={provider} onDone={() => setEditing(false)} />}
      {listing && <RemoteModelPicker providerId={provider.id} known={new Set(models.map((model) => model.modelId))} />}
      <ModelTable models={models} canEdit={canEdit} />
    </section>
  );
}

function EditProviderForm({ provider, onDone }: { provider: ProviderView; onDone: () => void }) {
  const update = useUpdateProvider();
  const official = officialKind(provider.kind);
  const [name, setName] = useState(provider.name);
  const [customEndpoint, setCustomEndpoint] = useState(provider.customEndpoint);
  // The API shows the URL with any credentials in it masked; it is sent back only when edited.
  const [baseUrl, setBaseUrl] = useState(provider.baseUrl ?? "");
  const [apiKey, setApiKey] = useState("");
  const showUrl = !provider.simulated && (!official || customEndpoint);
  const endpointEdited = (showUrl && baseUrl !== (provider.baseUrl ?? "")) || customEndpoint !== provider.customEndpoint;

  function submit(event: FormEvent) {
    event.preventDefault();
    update.mutate(
      {
        id: provider.id,
        name,
        ...(official && customEndpoint !== provider.customEndpoint && { customEndpoint }),
        ...(showUrl && baseUrl !== (provider.baseUrl ?? "") && { baseUrl: baseUrl || null }),
        ...(apiKey && { apiKey }),
      },
      {
        onSuccess: () => {
          toast.success(`Saved ${name}`);
          onDone();
        },
      },
    );
  }

  return (
    <form onSubmit={submit} className="grid gap-3 border-b border-zinc-100 bg-zinc-50 px-4 py-3 sm:grid-cols-3">
      <TextField label="Name" id={`edit-name-${provider.id}`} value={name} onChange={(e) => setName(e.target.value)} required />
      {showUrl && <TextField label="Base URL" id={`edit-url-${provider.id}`} type="url" required={customEndpoint} value={baseUrl} onChange={(e) => setBaseUrl(e.target.value)} />}
      {!provider.simulated && (
        <TextField label="New API key" id={`edit-key-${provider.id}`} type="password" autoComplete="off" placeholder="unchanged" value={apiKey} onChange={(e) => setApiKey(e.target.value)} />
      )}
      {official && (
        <label className="flex items-center gap-2 text-sm sm:col-span-3">
          <input type="checkbox" id={`edit-custom-${provider.id}`} checked={customEndpoint} onChange={(e) => setCustomEndpoint(e.target.checked)} />
          Custom endpoint <span className="text-xs text-zinc-500">(a proxy or gateway instead of the official API)</span>
        </label>
      )}
      {endpointEdited && provider.hasApiKey && !apiKey && (
        <p className="text-xs text-amber-700 sm:col-span-3">A new endpoint removes the stored key: enter the key for the new endpoint, or add it later.</p>
      )}
      <div className="flex items-center gap-2 sm:col-span-3">
        <Button type="submit" disabled={update.isPending}>
          Save
        </Button>
        <Button variant="ghost" onClick={onDone}>
          Cancel
        </Button>
        <FormError message={update.error?.message ?? null} />
      </div>
    </form>
  );
}
