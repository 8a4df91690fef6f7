"use client";

import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { FormError, TextField } from "@/components/ui/field";
import { toast } from "@/components/ui/sonner";
import { useModels } from "./use-providers";
import { useCreateVariant } from "./use-variants";

const empty = { name: "", modelId: "", systemPrompt: "", temperature: "", topP: "", maxTokens: "", stop: "", seed: "" };

/** "" means "not set" (the provider's default). Anything else goes as a number when it reads as
 * one, otherwise as typed, so the API refuses it with the field's rule — "hot" once became NaN,
 * which JSON sends as null: silently "provider's default". */
const optionalNumber = (value: string) => {
  if (value.trim() === "") return null;
  const number = Number(value);
  return Number.isFinite(number) ? number : value;
};

export function VariantForm() {
  const models = useModels();
  const create = useCreateVariant();
  const [form, setForm] = useState(empty);
  const set = (key: keyof typeof empty) => (event: { target: { value: string } }) => setForm({ ...form, [key]: event.target.value });
  const providers = [...new Set((models.data ?? []).map((model) => model.providerName))];

  function submit(event: FormEvent) {
    event.preventDefault();
    create.mutate(
      {
        name: form.name,
        modelId: form.modelId,
        systemPrompt: form.systemPrompt.trim() === "" ? null : form.systemPrompt,
        temperature: optionalNumber(form.temperature),
        topP: optionalNumber(form.topP),
        maxTokens: optionalNumber(form.maxTokens),
        seed: optionalNumber(form.seed),
        stop: form.stop.split(",").map((part) => part.trim()).filter(Boolean),
      },
      {
        onSuccess: ({ variant }) => {
          toast.success(`Created ${variant.name}`);
          setForm({ ...empty, modelId: form.modelId });
        },
      },
    );
  }

  return (
    <form onSubmit={submit} className="space-y-3 rounded-lg bg-white p-4 ring-1 ring-zinc-200" aria-label="New variant">
      <h2 className="text-sm font-semibold">New variant</h2>
      <TextField label="Name" id="variant-name" required placeholder="e.g. fast-terse" value={form.name} onChange={set("name")} />
      <label htmlFor="variant-model" className="block">
        <span className="mb-1 block text-sm font-medium text-zinc-700">Model</span>
        <select
          id="variant-model"
          required
          value={form.modelId}
          onChange={set("modelId")}
          className="block w-full rounded-md bg-white px-3 py-2 text-sm ring-1 ring-zinc-300 ring-inset focus:ring-2 focus:ring-indigo-600"
        >
          <option value="">Pick a model…</option>
          {providers.map((provider) => (
            <optgroup key={provider} label={provider}>
              {(models.data ?? [])
                .filter((model) => model.providerName === provider)
                .map((model) => (
                  <option key={model.id} value={model.id}>
                    {model.displayName}
                  </option>
                ))}
            </optgroup>
          ))}
        </select>
      </label>
      <label htmlFor="variant-system" className="block">
        <span className="mb-1 block text-sm font-medium text-zinc-700">System prompt</span>
        <textarea
          id="variant-system"
          rows={3}
          value={form.systemPrompt}
          onChange={set("systemPrompt")}
          className="block w-full rounded-md px-3 py-2 text-sm ring-1 ring-zinc-300 ring-inset focus:ring-2 focus:ring-indigo-600"
        />
      </label>
      <div className="grid grid-cols-2 gap-3">
        <TextField label="Temperature" id="variant-temperature" inputMode="decimal" placeholder="default" value={form.temperature} onChange={set("temperature")} />
        <TextField label="Top p" id="variant-top-p" inputMode="decimal" placeholder="default" value={form.topP} onChange={set("topP")} />
        <TextField label="Max tokens" id="variant-max-tokens" inputMode="numeric" placeholder="default" value={form.maxTokens} onChange={set("maxTokens")} />
        <TextField label="Seed" id="variant-seed" inputMode="numeric" placeholder="none" value={form.seed} onChange={set("seed")} />
      </div>
      <TextField label="Stop sequences (comma-separated)" id="variant-stop" value={form.stop} onChange={set("stop")} />
      <FormError message={create.error?.message ?? null} />
      <Button type="submit" disabled={create.isPending} className="w-full">
        Create variant
      </Button>
    </form>
  );
}
