"use client";

import { UserPlus } from "lucide-react";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { FormError, SelectField, TextField } from "@/components/ui/field";
import { toast } from "@/components/ui/sonner";
import { Table, TableBody, TableHead, TableHeader, TableRow, TableMessage } from "@/components/ui/table";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password-rules";
import { roles, type Role } from "@/lib/auth/roles";
import { useCreateUser, useUsers } from "./use-users";
import { UserRow } from "./user-row";

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
    <div className="grid grid-cols-1 items-start gap-6 2xl:grid-cols-[minmax(0,1fr)_20rem]">
      <Table>
        <TableHeader>
          <TableRow>
            <TableHead>User</TableHead>
            <TableHead>Role</TableHead>
            <TableHead className="hidden md:table-cell">Since</TableHead>
            <TableHead>
              <span className="sr-only">Actions</span>
            </TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {users.isPending && (
            <TableMessage colSpan={4}>Loading…</TableMessage>
          )}
          {users.data?.map((user) => (
            <UserRow key={user.id} user={user} isSelf={user.id === currentUserId} />
          ))}
        </TableBody>
      </Table>
      <Card className="max-w-xl 2xl:max-w-none">
        <CardHeader>
          <CardTitle className="flex items-center gap-2 text-sm">
            <UserPlus className="size-4 text-muted-foreground" aria-hidden />
            Add a user
          </CardTitle>
        </CardHeader>
        <CardContent>
          <form onSubmit={submit} className="space-y-3" aria-label="Add a user">
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
            <Button type="submit" loading={createUser.isPending} className="w-full">
              Add user
            </Button>
          </form>
        </CardContent>
      </Card>
    </div>
  );
}
