"use client";

import { Fragment, useState } from "react";
import { Button } from "@/components/ui/button";
import { roles, type Role } from "@/lib/auth/roles";
import { useChangeUser, type UserRow as User } from "./use-users";
import { UserTokens } from "./user-tokens";

/** One user in the admin's table: role, status, and the actions on them. An admin's own row has
 * no demote or deactivate (the API refuses those too), so nobody locks themselves out. */
export function UserRow({ user, isSelf }: { user: User; isSelf: boolean }) {
  const change = useChangeUser();
  const [showTokens, setShowTokens] = useState(false);
  const active = user.deactivatedAt === null;

  function setActive(next: boolean) {
    if (!next && !window.confirm(`Deactivate ${user.email}? They are signed out everywhere and their API tokens are revoked now.`)) return;
    change.mutate({ id: user.id, active: next });
  }

  return (
    <Fragment>
      <tr className={active ? "" : "bg-zinc-50 text-zinc-500"} data-testid={`user-${user.email}`}>
        <td className="px-4 py-2 font-medium">{user.name}</td>
        <td className="px-4 py-2 text-zinc-600">{user.email}</td>
        <td className="px-4 py-2">
          <select
            aria-label={`Role of ${user.email}`}
            className="rounded-md bg-white px-2 py-1 text-xs ring-1 ring-zinc-300 ring-inset disabled:bg-zinc-50 disabled:text-zinc-400"
            value={user.role}
            disabled={isSelf || change.isPending}
            title={isSelf ? "Another admin has to change your role." : undefined}
            onChange={(event) => change.mutate({ id: user.id, role: event.target.value as Role })}
          >
            {roles.map((role) => (
              <option key={role} value={role}>
                {role}
              </option>
            ))}
          </select>
        </td>
        <td className="px-4 py-2">
          {active ? (
            <span className="rounded-full bg-emerald-50 px-2 py-0.5 text-xs text-emerald-800">active</span>
          ) : (
            <span className="rounded-full bg-zinc-200 px-2 py-0.5 text-xs text-zinc-700" title={`since ${new Date(user.deactivatedAt!).toLocaleString()}`}>
              deactivated
            </span>
          )}
        </td>
        <td className="px-4 py-2 text-zinc-500">{new Date(user.createdAt).toLocaleDateString()}</td>
        <td className="px-4 py-2">
          <div className="flex justify-end gap-2">
            <Button variant="ghost" aria-expanded={showTokens} onClick={() => setShowTokens(!showTokens)}>
              Tokens
            </Button>
            {!isSelf &&
              (active ? (
                <Button variant="danger" disabled={change.isPending} onClick={() => setActive(false)}>
                  Deactivate
                </Button>
              ) : (
                <Button variant="secondary" disabled={change.isPending} onClick={() => setActive(true)}>
                  Reactivate
                </Button>
              ))}
          </div>
        </td>
      </tr>
      {showTokens && (
        <tr>
          <td colSpan={6} className="bg-zinc-50 px-4 py-3">
            <UserTokens userId={user.id} />
          </td>
        </tr>
      )}
    </Fragment>
  );
}
