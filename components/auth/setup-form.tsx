"use client";

import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { FormError, TextField } from "@/components/ui/field";
import { authApi } from "@/lib/api-client/auth";
import { useSignIn } from "./use-sign-in";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password-rules";

export function SetupForm() {
  const [form, setForm] = useState({ name: "", email: "", password: "" });
  const setup = useSignIn(authApi().setup);

  function submit(event: FormEvent) {
    event.preventDefault();
    setup.mutate(form);
  }

  const field = (key: keyof typeof form) => ({
    value: form[key],
    onChange: (event: { target: { value: string } }) => setForm({ ...form, [key]: event.target.value }),
  });

  return (
    <form onSubmit={submit} className="space-y-4 rounded-xl border border-border bg-card p-6 shadow-sm">
      <div>
        <h1 className="text-lg font-semibold text-foreground">Welcome to Juxta</h1>
        <p className="mt-1 text-sm text-muted-foreground">Create the admin account. You can invite editors and reviewers afterwards.</p>
      </div>
      <TextField label="Name" id="name" autoComplete="name" required autoFocus {...field("name")} />
      <TextField label="Email" id="email" type="email" autoComplete="email" required {...field("email")} />
      <TextField label="Password" id="password" type="password" autoComplete="new-password" required minLength={MIN_PASSWORD_LENGTH} {...field("password")} />
      <FormError message={setup.error?.message ?? null} />
      <Button type="submit" className="w-full" loading={setup.isPending}>
        {setup.isPending ? "Creating…" : "Create admin and sign in"}
      </Button>
    </form>
  );
}
