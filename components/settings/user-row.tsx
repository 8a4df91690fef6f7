"use client";

import { KeyRound, RotateCcw, UserX } from "lucide-react";
import { Fragment, useState, type FormEvent } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/native-select";
import { toast } from "@/components/ui/sonner";
import { TableCell, TableRow } from "@/components/ui/table";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password-rules";
import { roles, type Role } from "@/lib/auth/roles";
import { cn } from "@/lib/ui/cn";
import { DeactivateUserDialog } from "./deactivate-user-dialog";
import { useChangeUser, type UserRow as User } from "./use-users";
import { UserTokens } from "./user-tokens";

/** One user in the admin's table: role, status, and the actions on them. An admin's own row has
 * no demote or deactivate (the API refuses those too), so nobody locks themselves out. */
export function UserRow({ user, isSelf }: { user: User; isSelf: boolean }) {
  const change = useChangeUser();
  const [showTokens, setShowTokens] = useState(false);
  const [resetting, setResetting] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [password, setPassword] = useState("");
  const active = user.deactivatedAt === null;

  function setActive(next: boolean) {
    change.mutate(
      { id: user.id, active: next },
      {
        onSuccess: () => {
          setConfirming(false);
          toast.success(`${next ? "Reactivated" : "Deactivated"} ${user.email}`);
        },
      },
    );
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
      <TableRow className={cn(!active && "bg-muted/40 text-muted-foreground")} data-testid={`user-${user.email}`}>
        <TableCell>
          <span className="flex flex-wrap items-center gap-2 font-medium text-foreground">
            {user.name}
            {!active && (
              <Badge variant="outline" title={`since ${new Date(user.deactivatedAt!).toLocaleString()}`}>
                deactivated
              </Badge>
            )}
          </span>
          <span className="block text-xs break-all text-muted-foreground">{user.email}</span>
        </TableCell>
        <TableCell className="w-36">
          <NativeSelect
            // Not "Role …": the add-user form's field is found by the label "Role".
            aria-label={`Access level of ${user.email}`}
            className="w-32"
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
          </NativeSelect>
        </TableCell>
        <TableCell className="hidden text-muted-foreground md:table-cell">{new Date(user.createdAt).toLocaleDateString()}</TableCell>
        <TableCell>
          <div className="flex flex-wrap justify-end gap-1.5">
            <Button variant="ghost" size="sm" aria-expanded={showTokens} onClick={() => setShowTokens(!showTokens)}>
              <KeyRound aria-hidden />
              Tokens
            </Button>
            {!isSelf && active && (
              <Button variant="ghost" size="sm" aria-expanded={resetting} onClick={() => setResetting(!resetting)}>
                <RotateCcw aria-hidden />
                Reset password
              </Button>
            )}
            {!isSelf &&
              (active ? (
                <Button variant="danger" size="sm" disabled={change.isPending} onClick={() => setConfirming(true)}>
                  <UserX aria-hidden />
                  Deactivate
                </Button>
              ) : (
                <Button variant="outline" size="sm" loading={change.isPending} onClick={() => setActive(true)}>
                  Reactivate
                </Button>
              ))}
          </div>
          <DeactivateUserDialog email={user.email} open={confirming} onOpenChange={setConfirming} pending={change.isPending} onConfirm={() => setActive(false)} />
        </TableCell>
      </TableRow>
      {resetting && (
        <TableRow className="hover:bg-transparent">
          <TableCell colSpan={4} className="bg-muted/40">
            <form onSubmit={resetPassword} className="flex flex-wrap items-end gap-2">
              <label className="grid gap-1.5 text-xs text-muted-foreground">
                New password for {user.email}
                <Input
                  type="password"
                  autoComplete="new-password"
                  minLength={MIN_PASSWORD_LENGTH}
                  required
                  value={password}
                  onChange={(event) => setPassword(event.target.value)}
                  className="w-72 max-w-full"
                />
              </label>
              <Button type="submit" loading={change.isPending}>
                Set password
              </Button>
              <span className="text-xs text-muted-foreground">Hand it over in person; it signs them out everywhere.</span>
            </form>
          </TableCell>
        </TableRow>
      )}
      {showTokens && (
        <TableRow className="hover:bg-transparent">
          <TableCell colSpan={4} className="bg-muted/40">
            <UserTokens userId={user.id} />
          </TableCell>
        </TableRow>
      )}
    </Fragment>
  );
}
