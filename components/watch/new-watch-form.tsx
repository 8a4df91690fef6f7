"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Plus } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { FormError, TextField } from "@/components/ui/field";
import { useCreateWatch } from "./use-watches";

const list = (value: string) => value.split(",").map((part) => part.trim()).filter(Boolean);

/** The header's "New watch" button and the dialog with the form. */
export function NewWatchDialog() {
  const [open, setOpen] = useState(false);
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button>
          <Plus aria-hidden />
          New watch
        </Button>
      </DialogTrigger>
      <DialogContent className="sm:max-w-2xl">
        <DialogHeader>
          <DialogTitle>Create a watch</DialogTitle>
          <DialogDescription>Replays a prompt over a dataset on a schedule and compares each run with a baseline.</DialogDescription>
        </DialogHeader>
        <NewWatchForm onDone={() => setOpen(false)} />
      </DialogContent>
    </Dialog>
  );
}

/** The few fields a watch needs; assertions and budgets are for the CLI and the API. */
function NewWatchForm({ onDone }: { onDone: () => void }) {
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
      <div className="rounded-lg border border-amber-200 bg-amber-50 p-4 text-sm dark:border-amber-500/30 dark:bg-amber-500/10" data-testid="webhook-secrets">
        <p className="font-medium text-amber-900 dark:text-amber-200">Watch created. Copy the webhook signing secret now: it is not shown again.</p>
        {secrets.map(({ url, secret }) => (
          <p key={url} className="mt-2 font-mono text-xs break-all">
            {url}: {secret}
          </p>
        ))}
        <Button className="mt-3" variant="outline" onClick={onDone}>
          Done
        </Button>
      </div>
    );
  return (
    <form onSubmit={submit} className="grid gap-3 sm:grid-cols-2" data-testid="new-watch-form">
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
        <Button type="submit" loading={create.isPending} className="mt-2">
          Create watch
        </Button>
      </div>
    </form>
  );
}
