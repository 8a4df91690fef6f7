"use client";

import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { FormError, TextField } from "@/components/ui/field";
import { useSignIn } from "./use-sign-in";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password-rules";

export function SetupForm() {
  const [form, setForm] = useState({ name: "", email: "", password: "" });
  const setup = useSignIn("/api/v1/setup");

  function submit(event: FormEvent) {
    event.preventDefault();
    setup.mutate(form);
  }

  const field = (key: keyof typeof form) => ({
    value: form[key],
    onChange: (event: { target: { value: string } }) => setForm({ ...form, [key]: event.target.value }),
  });

  return (
    <form onSubmit={submit} className="space-y-4 rounded-lg bg-white p-6 shadow-sm ring-1 ring-zinc-200">
      <div>
        <h1 className="text-lg font-semibold">Welcome to Juxta</h1>
        <p className="mt-1 text-sm text-zinc-600">Create the admin account. You can invite editors and reviewers afterwards.</p>
      </div>
      <TextField label="Name" id="name" autoComplete="name" required autoFocus {...field("name")} />
      <TextField label="Email" id="email" type="email" autoComplete="email" required {...field("email")} />
      <TextField label="Password" id="password" type="password" autoComplete="new-password" required minLength={MIN_PASSWORD_LENGTH} {...field("password")} />
      <FormError message={setup.error?.message ?? null} />
      <Button type="submit" className="w-full" disabled={setup.isPending}>
        {setup.isPending ? "Creating…" : "Create admin and sign in"}
      </Button>
    </form>
  );
}
