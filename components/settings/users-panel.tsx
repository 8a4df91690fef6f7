"use client";

import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { FormError, SelectField, TextField } from "@/components/ui/field";
import { toast } from "@/components/ui/sonner";
import { roles, type Role } from "@/lib/auth/roles";
import { useCreateUser, useUsers } from "./use-users";
import { UserRow } from "./user-row";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password-rules";

const emptyForm = { name: "", email: "", password: "", role: "reviewer" as Role };

export function UsersPanel({ currentUserId }: { currentUserId: string }) {
  const users = useUsers();
  const createUser = useCreateUser();
  const [form, setForm] = useState(emptyForm);

  function submit(event: FormEvent) {
    event.preventDefault();
    createUser.mutate(form, {
      onSuccess: ({ user }) => {
        toast.success(`Created ${user.role} ${user.email}`);
        setForm(emptyForm);
      },
    });
  }

  return (
    <div className="grid gap-6 lg:grid-cols-[1fr_20rem]">
      <div className="overflow-x-auto rounded-lg bg-white ring-1 ring-zinc-200">
        <table className="w-full text-left text-sm">
          <thead className="bg-zinc-50 text-xs text-zinc-500 uppercase">
            <tr>
              <th className="px-4 py-2 font-medium">User</th>
              <th className="px-4 py-2 font-medium">Role</th>
              <th className="px-4 py-2 font-medium">Since</th>
              <th className="px-4 py-2 font-medium">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-zinc-100">
            {users.isPending && (
              <tr>
                <td colSpan={4} className="px-4 py-6 text-center text-zinc-500">
                  Loading…
                </td>
              </tr>
            )}
            {users.data?.map((user) => (
              <UserRow key={user.id} user={user} isSelf={user.id === currentUserId} />
            ))}
          </tbody>
        </table>
      </div>
      <form onSubmit={submit} className="space-y-3 rounded-lg bg-white p-4 ring-1 ring-zinc-200" aria-label="Add a user">
        <h2 className="text-sm font-semibold">Add a user</h2>
        <TextField label="Name" id="new-user-name" required value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} />
        <TextField label="Email" id="new-user-email" type="email" required value={form.email} onChange={(e) => setForm({ ...form, email: e.target.value })} />
        <TextField
          label="Password"
          id="new-user-password"
          type="password"
          required
          minLength={MIN_PASSWORD_LENGTH}
          autoComplete="new-password"
          value={form.password}
          onChange={(e) => setForm({ ...form, password: e.target.value })}
        />
        <SelectField label="Role" id="new-user-role" options={roles} value={form.role} onChange={(e) => setForm({ ...form, role: e.target.value as Role })} />
        <FormError message={createUser.error?.message ?? null} />
        <Button type="submit" disabled={createUser.isPending} className="w-full">
          Add user
        </Button>
      </form>
    </div>
  );
}
