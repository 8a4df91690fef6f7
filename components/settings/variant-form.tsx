"use client";

import { useState, type FormEvent } from "react";
import type { z } from "zod";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/field";
import { Input, Textarea } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/native-select";
import { toast } from "@/components/ui/sonner";
import { ApiError } from "@/lib/api/http-client";
import "./jitless-zod";
import { createVariantSchema, updateVariantSchema } from "@/lib/variants/schemas";
import { CheckedField } from "./checked-field";
import { problemFieldErrors, zodFieldErrors, type FieldErrors } from "./field-errors";
import { useModels } from "./use-providers";
import { useCreateVariant, useUpdateVariant, type VariantRow } from "./use-variants";

type Draft = Record<"name" | "modelId" | "systemPrompt" | "temperature" | "topP" | "maxTokens" | "stop" | "seed", string>;

const empty: Draft = { name: "", modelId: "", systemPrompt: "", temperature: "", topP: "", maxTokens: "", stop: "", seed: "" };

const text = (value: number | null) => (value === null ? "" : String(value));
const draftOf = (variant: VariantRow): Draft => ({
  name: variant.name,
  modelId: variant.model.id,
  systemPrompt: variant.systemPrompt ?? "",
  temperature: text(variant.temperature),
  topP: text(variant.topP),
  maxTokens: text(variant.maxTokens),
  stop: variant.stop.join(", "),
  seed: text(variant.seed),
});

/** "" means "not set" (the provider's default). Anything else goes as a number when it reads as
 * one, otherwise as typed, so the schema refuses it with the field's rule — "hot" once became NaN,
 * which JSON sends as null: silently "provider's default". */
const optionalNumber = (value: string) => {
  if (value.trim() === "") return null;
  const number = Number(value);
  return Number.isFinite(number) ? number : value;
};

/** What the form read, before the schema checks it (a setting may still be the text typed). */
const payloadOf = (form: Draft) => ({
  name: form.name,
  modelId: form.modelId,
  systemPrompt: form.systemPrompt.trim() === "" ? null : form.systemPrompt,
  temperature: optionalNumber(form.temperature),
  topP: optionalNumber(form.topP),
  maxTokens: optionalNumber(form.maxTokens),
  seed: optionalNumber(form.seed),
  stop: form.stop.split(",").map((part) => part.trim()).filter(Boolean),
});

/** Creates a variant, or edits one (`variant`): an edit of any setting makes its next revision. */
export function VariantForm({ variant, onSaved }: { variant?: VariantRow; onSaved?: () => void }) {
  const models = useModels();
  const create = useCreateVariant();
  const update = useUpdateVariant();
  const mutation = variant ? update : create;
  const [form, setForm] = useState(variant ? draftOf(variant) : empty);
  const [errors, setErrors] = useState<FieldErrors>({});
  const set = (key: keyof Draft) => (event: { target: { value: string } }) => {
    setForm({ ...form, [key]: event.target.value });
    setErrors(({ [key]: _fixed, ...rest }) => rest);
  };
  const providers = [...new Set((models.data ?? []).map((model) => model.providerName))];
  const prefix = variant ? "edit-variant" : "variant";

  /** The API's own schema, first in the browser: every field's reason at once, no round trip.
   * What it parsed is what is sent, so the request has the contract's types. */
  function checked<T>(schema: z.ZodType<T>): T | null {
    const result = schema.safeParse(payloadOf(form));
    setErrors(result.success ? {} : zodFieldErrors(result.error));
    return result.success ? result.data : null;
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const saving = {
      onSuccess: ({ variant: saved }: { variant: VariantRow }) => {
        toast.success(variant ? `Saved ${saved.name} — revision ${saved.revision.number}` : `Created ${saved.name}`);
        if (!variant) setForm({ ...empty, modelId: form.modelId });
        onSaved?.();
      },
      onError: (error: unknown) => setErrors(problemFieldErrors(error)),
    };
    if (variant) {
      const change = checked(updateVariantSchema);
      if (change) update.mutate({ id: variant.id, ...change }, saving);
    } else {
      const input = checked(createVariantSchema);
      if (input) create.mutate(input, saving);
    }
  }

  // A refusal that names no field (a taken name, a model gone) shows above the button.
  const unplaced = mutation.error instanceof ApiError && Object.keys(problemFieldErrors(mutation.error)).length > 0 ? null : (mutation.error?.message ?? null);
  return (
    <form onSubmit={submit} noValidate className="space-y-3" aria-label={variant ? `Edit ${variant.name}` : "New variant"}>
      <CheckedField label="Name" id={`${prefix}-name`} error={errors.name}>
        <Input placeholder="e.g. fast-terse" value={form.name} onChange={set("name")} />
      </CheckedField>
      <CheckedField label="Model" id={`${prefix}-model`} error={errors.modelId}>
        <NativeSelect value={form.modelId} onChange={set("modelId")}>
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
        </NativeSelect>
      </CheckedField>
      <CheckedField label="System prompt" id={`${prefix}-system`} error={errors.systemPrompt}>
        <Textarea rows={3} value={form.systemPrompt} onChange={set("systemPrompt")} />
      </CheckedField>
      <div className="grid grid-cols-2 gap-3">
        <CheckedField label="Temperature" id={`${prefix}-temperature`} error={errors.temperature}>
          <Input inputMode="decimal" placeholder="default" value={form.temperature} onChange={set("temperature")} />
        </CheckedField>
        <CheckedField label="Top p" id={`${prefix}-top-p`} error={errors.topP}>
          <Input inputMode="decimal" placeholder="default" value={form.topP} onChange={set("topP")} />
        </CheckedField>
        <CheckedField label="Max tokens" id={`${prefix}-max-tokens`} error={errors.maxTokens}>
          <Input inputMode="numeric" placeholder="default" value={form.maxTokens} onChange={set("maxTokens")} />
        </CheckedField>
        <CheckedField label="Seed" id={`${prefix}-seed`} error={errors.seed}>
          <Input inputMode="numeric" placeholder="none" value={form.seed} onChange={set("seed")} />
        </CheckedField>
      </div>
      <CheckedField label="Stop sequences (comma-separated)" id={`${prefix}-stop`} error={errors.stop}>
        <Input value={form.stop} onChange={set("stop")} />
      </CheckedField>
      <FormError message={unplaced} />
      <Button type="submit" loading={mutation.isPending} className="w-full">
        {variant ? "Save — makes a new revision" : "Create variant"}
      </Button>
    </form>
  );
}
