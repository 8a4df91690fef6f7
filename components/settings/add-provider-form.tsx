"use client";

import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { FormError, SelectField, TextField } from "@/components/ui/field";
import { toast } from "@/components/ui/sonner";
import type { ProviderKind } from "@/lib/providers/types";
import { useCreateProvider } from "./use-providers";

const kinds = ["openai_compatible", "openai", "anthropic", "simulated"] as const satisfies readonly ProviderKind[];
const empty = { name: "", kind: "openai_compatible" as ProviderKind, customEndpoint: false, baseUrl: "", apiKey: "" };
/** Kinds with an official API: a base URL only as an explicit custom endpoint. */
const official = (kind: ProviderKind) => kind === "openai" || kind === "anthropic";

export function AddProviderForm() {
  const create = useCreateProvider();
  const [form, setForm] = useState(empty);

  function submit(event: FormEvent) {
    event.preventDefault();
    const custom = official(form.kind) && form.customEndpoint;
    const withUrl = form.kind === "openai_compatible" || custom;
    create.mutate(
      {
        name: form.name,
        kind: form.kind,
        ...(custom && { customEndpoint: true }),
        ...(withUrl && form.baseUrl && { baseUrl: form.baseUrl }),
        ...(form.apiKey && { apiKey: form.apiKey }),
      },
      {
        onSuccess: ({ provider }) => {
          toast.success(`Added ${provider.name}`);
          setForm(empty);
        },
      },
    );
  }

  return (
    <form onSubmit={submit} className="space-y-3 rounded-lg border border-border bg-card p-4 text-card-foreground shadow-xs" aria-label="Add a provider">
      <h2 className="text-sm font-semibold">Add a provider</h2>
      <SelectField label="Kind" id="provider-kind" options={kinds} value={form.kind} onChange={(e) => setForm({ ...form, kind: e.target.value as ProviderKind })} />
      <TextField label="Name" id="provider-name" required placeholder="e.g. Local vLLM" value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} />
      {official(form.kind) && (
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" id="provider-custom-endpoint" checked={form.customEndpoint} onChange={(e) => setForm({ ...form, customEndpoint: e.target.checked })} />
          Custom endpoint <span className="text-xs text-muted-foreground">(a proxy or gateway instead of the official API)</span>
        </label>
      )}
      {(form.kind === "openai_compatible" || (official(form.kind) && form.customEndpoint)) && (
        <TextField
          label="Base URL"
          id="provider-base-url"
          type="url"
          required
          placeholder="http://127.0.0.1:11434/v1"
          value={form.baseUrl}
          onChange={(e) => setForm({ ...form, baseUrl: e.target.value })}
        />
      )}
      {form.kind !== "simulated" && (
        <TextField
          label="API key"
          id="provider-api-key"
          type="password"
          autoComplete="off"
          placeholder={form.kind === "openai_compatible" ? "optional" : "sk-…"}
          value={form.apiKey}
          onChange={(e) => setForm({ ...form, apiKey: e.target.value })}
        />
      )}
      <p className="text-xs text-muted-foreground">Keys are encrypted at rest and never sent back to the browser.</p>
      <FormError message={create.error?.message ?? null} />
      <Button type="submit" disabled={create.isPending} className="w-full">
        Add provider
      </Button>
    </form>
  );
}
