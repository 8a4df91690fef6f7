"use client";

import { Button } from "@/components/ui/button";
import { tokenExpiry } from "./token-expiry";
import { useRevokeUserToken, useUserTokens } from "./use-users";

/** An admin's view of one user's API tokens, each revocable. */
export function UserTokens({ userId }: { userId: string }) {
  const tokens = useUserTokens(userId, true);
  const revoke = useRevokeUserToken(userId);
  if (tokens.isPending) return <p className="text-sm text-muted-foreground">Loading tokens…</p>;
  if (!tokens.data?.length) return <p className="text-sm text-muted-foreground">No API tokens.</p>;
  return (
    <ul className="divide-y divide-border rounded-md border border-border bg-card" aria-label="API tokens">
      {tokens.data.map((token) => {
        const expiry = tokenExpiry(token.expiresAt);
        return (
          <li key={token.id} className="flex flex-wrap items-center justify-between gap-3 px-3 py-2 text-sm">
            <span className="min-w-0">
              <span className="font-medium">{token.name}</span>{" "}
              <span className="text-xs text-muted-foreground">
                <code>{token.prefix}…</code> · <span className={expiry.expired ? "text-red-700 dark:text-red-300" : ""}>{expiry.label}</span> ·{" "}
                {token.lastUsedAt ? `last used ${new Date(token.lastUsedAt).toLocaleString()}` : "never used"}
              </span>
            </span>
            <Button variant="danger" size="sm" disabled={revoke.isPending} onClick={() => revoke.mutate(token.id)} aria-label={`Revoke token ${token.name}`}>
              Revoke
            </Button>
          </li>
        );
      })}
    </ul>
  );
}
