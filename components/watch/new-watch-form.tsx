"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Button } from "../ui/button";
import { FormError, TextField } from "../ui/field";
import { useCreateWatch } from "./use-watches";

const list = (value: string) => value.split(",").map((part) => part.trim()).filter(Boolean);

/** The few fields a watch needs; assertions and budgets are for the CLI and the API. */
export function NewWatchForm() {
  const router = useRouter();
  const create = useCreateWatch();
  const [secrets, setSecrets] = useState<Array<{ url: string; secret: string }>>([]);
  const [jsonError, setJsonError] = useState<string | null>(null);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? "").trim();
    let assertions: unknown = [];
    try {
      assertions = text("assertions") ? JSON.parse(text("assertions")) : [];
      setJsonError(null);
    } catch {
      setJsonError("Assertions: that is not JSON, e.g. [{\"type\":\"is_json\"}].");
      return;
    }
    create.mutate(
      {
        name: text("name"),
        prompt: text("prompt"),
        dataset: text("dataset"),
        variants: list(text("variants")),
        cron: text("cron"),
        timeZone: text("timeZone") || "UTC",
        webhooks: text("webhook") ? [{ url: text("webhook") }] : [],
        assertions: assertions as never,
      },
      {
        onSuccess: (created) => {
          if (created.generatedSecrets.length > 0) setSecrets(created.generatedSecrets);
          else router.push(`/watches/${created.watch.id}`);
        },
      },
    );
  };
  if (secrets.length > 0)
    return (
      <div className="rounded-lg bg-amber-50 dark:bg-amber-500/15 p-4 text-sm ring-1 ring-amber-200 dark:ring-amber-500/30" data-testid="webhook-secrets">
        <p className="font-medium">Watch created. Copy the webhook signing secret now: it is not shown again.</p>
        {secrets.map(({ url, secret }) => (
          <p key={url} className="mt-2 font-mono text-xs break-all">
            {url}: {secret}
          </p>
        ))}
        <Button className="mt-3" variant="secondary" onClick={() => setSecrets([])}>
          Done
        </Button>
      </div>
    );
  return (
    <form onSubmit={submit} className="grid gap-3 rounded-lg bg-card p-4 ring-1 ring-border sm:grid-cols-2" data-testid="new-watch-form">
      <TextField label="Name" id="watch-name" name="name" required placeholder="Nightly triage canary" />
      <TextField label="Prompt (name or name@version)" id="watch-prompt" name="prompt" required />
      <TextField label="Dataset" id="watch-dataset" name="dataset" required />
      <TextField label="Variants (comma-separated names)" id="watch-variants" name="variants" required />
      <TextField label="Schedule (cron)" id="watch-cron" name="cron" required defaultValue="0 6 * * *" />
      <TextField label="Time zone" id="watch-tz" name="timeZone" defaultValue="UTC" />
      <TextField label="Webhook URL (optional)" id="watch-webhook" name="webhook" type="url" placeholder="https://hooks.slack.com/…" />
      <TextField label='Assertions (JSON, optional)' id="watch-assertions" name="assertions" placeholder='[{"type":"is_json"}]' />
      <div className="sm:col-span-2">
        <FormError message={jsonError ?? create.error?.message ?? null} />
        <Button type="submit" disabled={create.isPending} className="mt-2">
          {create.isPending ? "Creating…" : "Create watch"}
        </Button>
      </div>
    </form>
  );
}
