"use client";

import { Fragment, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { toast } from "@/components/ui/sonner";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password-rules";
import { roles, type Role } from "@/lib/auth/roles";
import { useChangeUser, type UserRow as User } from "./use-users";
import { UserTokens } from "./user-tokens";

/** One user in the admin's table: role, status, and the actions on them. An admin's own row has
 * no demote or deactivate (the API refuses those too), so nobody locks themselves out. */
export function UserRow({ user, isSelf }: { user: User; isSelf: boolean }) {
  const change = useChangeUser();
  const [showTokens, setShowTokens] = useState(false);
  const [resetting, setResetting] = useState(false);
  const [password, setPassword] = useState("");
  const active = user.deactivatedAt === null;

  function setActive(next: boolean) {
    if (!next && !window.confirm(`Deactivate ${user.email}? They are signed out everywhere and their API tokens are revoked now.`)) return;
    change.mutate({ id: user.id, active: next }, { onSuccess: () => toast.success(`${next ? "Reactivated" : "Deactivated"} ${user.email}`) });
  }

  function resetPassword(event: FormEvent) {
    event.preventDefault();
    change.mutate(
      { id: user.id, password },
      {
        onSuccess: () => {
          toast.success(`New password set for ${user.email}; they were signed out.`);
          setResetting(false);
          setPassword("");
        },
      },
    );
  }

  return (
    <Fragment>
      <tr className={active ? "" : "bg-zinc-50 text-zinc-500"} data-testid={`user-${user.email}`}>
        <td className="px-4 py-2">
          <span className="block font-medium">
            {user.name}
            {!active && (
              <span className="ml-2 rounded-full bg-zinc-200 px-2 py-0.5 text-xs font-normal text-zinc-700" title={`since ${new Date(user.deactivatedAt!).toLocaleString()}`}>
                deactivated
              </span>
            )}
          </span>
          <span className="block text-xs text-zinc-600">{user.email}</span>
        </td>
        <td className="px-4 py-2">
          <select
            // Not "Role …": the add-user form's field is found by the label "Role".
            aria-label={`Access level of ${user.email}`}
            className="rounded-md bg-white px-2 py-1 text-xs ring-1 ring-zinc-300 ring-inset disabled:bg-zinc-50 disabled:text-zinc-400"
            value={user.role}
            disabled={isSelf || change.isPending}
            title={isSelf ? "Another admin has to change your role." : undefined}
            onChange={(event) => {
              const role = event.target.value as Role;
              change.mutate({ id: user.id, role }, { onSuccess: () => toast.success(`${user.email} is now ${role}`) });
            }}
          >
            {roles.map((role) => (
              <option key={role} value={role}>
                {role}
              </option>
            ))}
          </select>
        </td>
        <td className="px-4 py-2 text-zinc-500">{new Date(user.createdAt).toLocaleDateString()}</td>
        <td className="px-4 py-2">
          <div className="flex flex-wrap justify-end gap-2">
            <Button variant="ghost" aria-expanded={showTokens} onClick={() => setShowTokens(!showTokens)}>
              Tokens
            </Button>
            {!isSelf && active && (
              <Button variant="ghost" aria-expanded={resetting} onClick={() => setResetting(!resetting)}>
                Reset password
              </Button>
            )}
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
      {resetting && (
        <tr>
          <td colSpan={4} className="bg-zinc-50 px-4 py-3">
            <form onSubmit={resetPassword} className="flex flex-wrap items-end gap-2">
              <label className="text-xs text-zinc-600">
                New password for {user.email}
                <input
                  type="password"
                  autoComplete="new-password"
                  minLength={MIN_PASSWORD_LENGTH}
                  required
                  value={password}
                  onChange={(event) => setPassword(event.target.value)}
                  className="mt-1 block w-72 rounded-md bg-white px-2 py-1 text-sm ring-1 ring-zinc-300 ring-inset"
                />
              </label>
              <Button type="submit" disabled={change.isPending}>
                Set password
              </Button>
              <span className="text-xs text-zinc-500">Hand it over in person; it signs them out everywhere.</span>
            </form>
          </td>
        </tr>
      )}
      {showTokens && (
        <tr>
          <td colSpan={4} className="bg-zinc-50 px-4 py-3">
            <UserTokens userId={user.id} />
          </td>
        </tr>
      )}
    </Fragment>
  );
}
