"use client";

import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { FormError, TextField } from "@/components/ui/field";
import { useCreateToken, useRevokeToken, useTokens } from "./use-tokens";

export function TokensPanel() {
  const tokens = useTokens();
  const createToken = useCreateToken();
  const revokeToken = useRevokeToken();
  const [name, setName] = useState("");
  const [created, setCreated] = useState<string | null>(null);

  function submit(event: FormEvent) {
    event.preventDefault();
    createToken.mutate(name, {
      onSuccess: ({ token }) => {
        setCreated(token.token);
        setName("");
      },
    });
  }

  return (
    <div className="space-y-6">
      <form onSubmit={submit} className="flex items-end gap-3 rounded-lg bg-white p-4 ring-1 ring-zinc-200">
        <div className="flex-1">
          <TextField label="New token name" id="token-name" placeholder="e.g. ci-main" required value={name} onChange={(e) => setName(e.target.value)} />
        </div>
        <Button type="submit" disabled={createToken.isPending}>
          Create token
        </Button>
      </form>
      <FormError message={createToken.error?.message ?? null} />
      {created && (
        <div className="rounded-lg bg-emerald-50 p-4 text-sm ring-1 ring-emerald-200" data-testid="new-token">
          <p className="font-medium text-emerald-900">Copy this token now — it will not be shown again.</p>
          <code className="mt-2 block rounded bg-white px-3 py-2 font-mono text-xs break-all ring-1 ring-emerald-200">{created}</code>
          <p className="mt-2 text-emerald-800">
            Use it as <code>Authorization: Bearer …</code>, or set <code>JUXTA_TOKEN</code> for the CLI.
          </p>
        </div>
      )}
      {tokens.data?.length === 0 && !created && (
        <p className="text-sm text-zinc-600">You have no API tokens. Create one for the CLI or your CI pipeline.</p>
      )}
      {tokens.data && tokens.data.length > 0 && (
        <ul className="divide-y divide-zinc-100 rounded-lg bg-white ring-1 ring-zinc-200">
          {tokens.data.map((token) => (
            <li key={token.id} className="flex items-center justify-between px-4 py-3 text-sm">
              <div>
                <p className="font-medium">{token.name}</p>
                <p className="text-xs text-zinc-500">
                  <code>{token.prefix}…</code> · created {new Date(token.createdAt).toLocaleDateString()} ·{" "}
                  {token.lastUsedAt ? `last used ${new Date(token.lastUsedAt).toLocaleString()}` : "never used"}
                </p>
              </div>
              <Button variant="danger" onClick={() => revokeToken.mutate(token.id)}>
                Revoke
              </Button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
