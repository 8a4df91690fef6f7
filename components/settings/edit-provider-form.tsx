"use client";

import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { toast } from "@/components/ui/sonner";
import { ApiError } from "@/lib/api/http-client";
import "./jitless-zod";
import { providerSettingsSchema } from "@/lib/providers/settings-schema";
import { CheckedField } from "./checked-field";
import { problemFieldErrors, zodFieldErrors, type FieldErrors } from "./field-errors";
import { useUpdateProvider, type ProviderView } from "./use-providers";

export const officialKind = (kind: ProviderView["kind"]) => kind === "openai" || kind === "anthropic";

const limitFields = [
  { key: "timeoutMs", label: "Timeout per call (ms)", placeholder: "default" },
  { key: "maxConcurrency", label: "Max concurrency", placeholder: "no limit" },
  { key: "requestsPerMinute", label: "Requests per minute", placeholder: "no limit" },
] as const;
type LimitKey = (typeof limitFields)[number]["key"];

/** "" is "not set"; a number is sent as one, anything else as typed, for the schema to refuse. */
const optionalNumber = (value: string) => (value.trim() === "" ? undefined : Number.isFinite(Number(value)) ? Number(value) : value);

export function EditProviderForm({ provider, onDone }: { provider: ProviderView; onDone: () => void }) {
  const update = useUpdateProvider();
  const official = officialKind(provider.kind);
  const [name, setName] = useState(provider.name);
  const [customEndpoint, setCustomEndpoint] = useState(provider.customEndpoint);
  // The API shows the URL with any credentials in it masked; it is sent back only when edited.
  const [baseUrl, setBaseUrl] = useState(provider.baseUrl ?? "");
  const [apiKey, setApiKey] = useState("");
  const [limits, setLimits] = useState(() => Object.fromEntries(limitFields.map(({ key }) => [key, provider.settings[key]?.toString() ?? ""])) as Record<LimitKey, string>);
  const [errors, setErrors] = useState<FieldErrors>({});
  const showUrl = !provider.simulated && (!official || customEndpoint);
  const endpointEdited = (showUrl && baseUrl !== (provider.baseUrl ?? "")) || customEndpoint !== provider.customEndpoint;

  function submit(event: FormEvent) {
    event.preventDefault();
    // Settings are replaced whole: the ones this form does not show (simulated profiles) go back as they were.
    const settings = { ...provider.settings, ...Object.fromEntries(limitFields.map(({ key }) => [key, optionalNumber(limits[key])])) };
    const checked = providerSettingsSchema.safeParse(settings);
    if (!checked.success) return setErrors(Object.fromEntries(Object.entries(zodFieldErrors(checked.error)).map(([path, message]) => [`settings.${path}`, message])));
    setErrors({});
    update.mutate(
      {
        id: provider.id,
        name,
        settings: checked.data,
        ...(official && customEndpoint !== provider.customEndpoint && { customEndpoint }),
        ...(showUrl && baseUrl !== (provider.baseUrl ?? "") && { baseUrl: baseUrl || null }),
        ...(apiKey && { apiKey }),
      },
      {
        onSuccess: () => {
          toast.success(`Saved ${name}`);
          onDone();
        },
        onError: (error) => setErrors(problemFieldErrors(error)),
      },
    );
  }

  const unplaced = update.error instanceof ApiError && Object.keys(problemFieldErrors(update.error)).length > 0 ? null : (update.error?.message ?? null);
  return (
    <form onSubmit={submit} noValidate className="grid gap-3 border-b border-border bg-muted/40 px-4 py-3 sm:grid-cols-3" aria-label={`Edit ${provider.name}`}>
      <CheckedField label="Name" id={`edit-name-${provider.id}`} error={errors.name}>
        <Input value={name} onChange={(e) => setName(e.target.value)} />
      </CheckedField>
      {showUrl && (
        <CheckedField label="Base URL" id={`edit-url-${provider.id}`} error={errors.baseUrl}>
          <Input type="url" value={baseUrl} onChange={(e) => setBaseUrl(e.target.value)} />
        </CheckedField>
      )}
      {!provider.simulated && (
        <CheckedField label="New API key" id={`edit-key-${provider.id}`} error={errors.apiKey}>
          <Input type="password" autoComplete="off" placeholder="unchanged" value={apiKey} onChange={(e) => setApiKey(e.target.value)} />
        </CheckedField>
      )}
      {official && (
        <label className="flex items-center gap-2 text-sm sm:col-span-3">
          <input type="checkbox" id={`edit-custom-${provider.id}`} checked={customEndpoint} onChange={(e) => setCustomEndpoint(e.target.checked)} />
          Custom endpoint <span className="text-xs text-muted-foreground">(a proxy or gateway instead of the official API)</span>
        </label>
      )}
      {limitFields.map(({ key, label, placeholder }) => (
        <CheckedField key={key} label={label} id={`edit-${key}-${provider.id}`} error={errors[`settings.${key}`]}>
          <Input inputMode="numeric" placeholder={placeholder} value={limits[key]} onChange={(e) => setLimits({ ...limits, [key]: e.target.value })} />
        </CheckedField>
      ))}
      <p className="text-xs text-muted-foreground sm:col-span-3">Max concurrency and requests per minute are the limits every new run uses for this provider, unless the run sets its own.</p>
      {endpointEdited && provider.hasApiKey && !apiKey && (
        <p className="text-xs text-amber-700 sm:col-span-3 dark:text-amber-300">A new endpoint removes the stored key: enter the key for the new endpoint, or add it later.</p>
      )}
      <div className="flex flex-wrap items-center gap-2 sm:col-span-3">
        <Button type="submit" loading={update.isPending}>
          Save
        </Button>
        <Button variant="ghost" onClick={onDone}>
          Cancel
        </Button>
        <FormError message={unplaced} />
      </div>
    </form>
  );
}
