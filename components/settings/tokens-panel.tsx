"use client";

import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { FormError, TextField } from "@/components/ui/field";
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
      <form onSubmit={submit} className="flex items-end gap-3 rounded-lg bg-card p-4 ring-1 ring-border">
        <div className="flex-1">
          <TextField label="New token name" id="token-name" placeholder="e.g. ci-main" required value={name} onChange={(e) => setName(e.target.value)} />
        </div>
        <label htmlFor="token-days" className="block">
          <span className="mb-1 block text-sm font-medium text-foreground/80">Expires after</span>
          <select
            id="token-days"
            className="block rounded-md bg-card px-3 py-2 text-sm ring-1 ring-input ring-inset focus:ring-2 focus:ring-ring focus:outline-none"
            value={days}
            onChange={(event) => setDays(Number(event.target.value))}
          >
            {lifetimes.map((lifetime) => (
              <option key={lifetime.days} value={lifetime.days}>
                {lifetime.label}
              </option>
            ))}
          </select>
        </label>
        <Button type="submit" disabled={createToken.isPending}>
          Create token
        </Button>
      </form>
      <FormError message={createToken.error?.message ?? null} />
      {created && (
        <div className="rounded-lg bg-emerald-50 dark:bg-emerald-500/15 p-4 text-sm ring-1 ring-emerald-200 dark:ring-emerald-500/30" data-testid="new-token">
          <p className="font-medium text-emerald-900 dark:text-emerald-300">Copy this token now — it will not be shown again.</p>
          <code className="mt-2 block rounded bg-card px-3 py-2 font-mono text-xs break-all ring-1 ring-emerald-200 dark:ring-emerald-500/30">{created.token}</code>
          <p className="mt-2 text-emerald-800 dark:text-emerald-300">
            Use it as <code>Authorization: Bearer …</code>, or set <code>JUXTA_TOKEN</code> for the CLI. It {tokenExpiry(created.expiresAt).label}.
          </p>
        </div>
      )}
      {tokens.data?.length === 0 && !created && (
        <p className="text-sm text-muted-foreground">You have no API tokens. Create one for the CLI or your CI pipeline.</p>
      )}
      {tokens.data && tokens.data.length > 0 && (
        <ul className="divide-y divide-border rounded-lg bg-card ring-1 ring-border">
          {tokens.data.map((token) => {
            const expiry = tokenExpiry(token.expiresAt);
            return (
              <li key={token.id} className="flex items-center justify-between px-4 py-3 text-sm">
                <div>
                  <p className="font-medium">{token.name}</p>
                  <p className="text-xs text-muted-foreground">
                    <code>{token.prefix}…</code> · created {new Date(token.createdAt).toLocaleDateString()} ·{" "}
                    <span className={expiry.expired ? "font-medium text-red-700 dark:text-red-300" : ""}>{expiry.label}</span> ·{" "}
                    {token.lastUsedAt ? `last used ${new Date(token.lastUsedAt).toLocaleString()}` : "never used"}
                  </p>
                </div>
                <Button variant="danger" onClick={() => revokeToken.mutate(token.id)}>
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
