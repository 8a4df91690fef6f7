"use client";

import { KeyRound, Plus, Trash2 } from "lucide-react";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Field, FormError, TextField } from "@/components/ui/field";
import { NativeSelect } from "@/components/ui/native-select";
import { tokenExpiry } from "./token-expiry";
import { useCreateToken, useRevokeToken, useTokens } from "./use-tokens";

// Kept in step with lib/auth/api-tokens.ts (default 90 days, at most 365; no "never").
const lifetimes = [
  { days: 7, label: "7 days" },
  { days: 30, label: "30 days" },
  { days: 90, label: "90 days" },
  { days: 365, label: "1 year" },
];

export function TokensPanel() {
  const tokens = useTokens();
  const createToken = useCreateToken();
  const revokeToken = useRevokeToken();
  const [name, setName] = useState("");
  const [days, setDays] = useState(90);
  const [created, setCreated] = useState<{ token: string; expiresAt: string } | null>(null);

  function submit(event: FormEvent) {
    event.preventDefault();
    createToken.mutate({ name, expiresInDays: days }, {
      onSuccess: ({ token }) => {
        setCreated({ token: token.token, expiresAt: token.expiresAt });
        setName("");
      },
    });
  }

  return (
    <div className="space-y-6">
      <Card className="p-4">
        <form onSubmit={submit} className="grid grid-cols-1 items-end gap-3 sm:grid-cols-[minmax(0,1fr)_10rem_auto]">
          <TextField label="New token name" id="token-name" placeholder="e.g. ci-main" required value={name} onChange={(e) => setName(e.target.value)} />
          <Field label="Expires after" htmlFor="token-days">
            <NativeSelect id="token-days" value={days} onChange={(event) => setDays(Number(event.target.value))}>
              {lifetimes.map((lifetime) => (
                <option key={lifetime.days} value={lifetime.days}>
                  {lifetime.label}
                </option>
              ))}
            </NativeSelect>
          </Field>
          <Button type="submit" loading={createToken.isPending}>
            {!createToken.isPending && <Plus aria-hidden />}
            Create token
          </Button>
        </form>
      </Card>
      <FormError message={createToken.error?.message ?? null} />
      {created && (
        <div className="rounded-lg border border-emerald-200 bg-emerald-50 p-4 text-sm dark:border-emerald-500/30 dark:bg-emerald-500/10" data-testid="new-token">
          <p className="flex items-center gap-2 font-medium text-emerald-900 dark:text-emerald-200">
            <KeyRound className="size-4" aria-hidden />
            Copy this token now — it will not be shown again.
          </p>
          <code className="mt-2 block rounded-md border border-emerald-200 bg-card px-3 py-2 font-mono text-xs break-all text-foreground dark:border-emerald-500/30">{created.token}</code>
          <p className="mt-2 text-emerald-800 dark:text-emerald-300">
            Use it as <code>Authorization: Bearer …</code>, or set <code>JUXTA_TOKEN</code> for the CLI. It {tokenExpiry(created.expiresAt).label}.
          </p>
        </div>
      )}
      {tokens.data?.length === 0 && !created && (
        <EmptyState icon={KeyRound} title="No API tokens yet">
          <p>Create one for the CLI or your CI pipeline.</p>
        </EmptyState>
      )}
      {tokens.data && tokens.data.length > 0 && (
        <ul className="divide-y divide-border rounded-lg border border-border bg-card">
          {tokens.data.map((token) => {
            const expiry = tokenExpiry(token.expiresAt);
            return (
              <li key={token.id} className="flex flex-wrap items-center justify-between gap-3 px-4 py-3 text-sm">
                <div className="min-w-0">
                  <p className="font-medium text-foreground">{token.name}</p>
                  <p className="text-xs text-muted-foreground">
                    <code>{token.prefix}…</code> · created {new Date(token.createdAt).toLocaleDateString()} ·{" "}
                    <span className={expiry.expired ? "font-medium text-red-700 dark:text-red-300" : ""}>{expiry.label}</span> ·{" "}
                    {token.lastUsedAt ? `last used ${new Date(token.lastUsedAt).toLocaleString()}` : "never used"}
                  </p>
                </div>
                <Button variant="danger" size="sm" onClick={() => revokeToken.mutate(token.id)}>
                  <Trash2 aria-hidden />
                  Revoke
                </Button>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
