"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { FormError, TextField } from "@/components/ui/field";
import type { ChatMessage } from "@/lib/providers/types";
import { MessagesEditor } from "./messages-editor";
import { useCreatePrompt, usePrompts } from "./use-prompts";

const starter: ChatMessage[] = [
  { role: "system", content: "You are a helpful assistant." },
  { role: "user", content: "{{question}}" },
];

export function PromptLibrary({ canEdit }: { canEdit: boolean }) {
  const prompts = usePrompts();
  const create = useCreatePrompt();
  const router = useRouter();
  const [name, setName] = useState("");
  const [description, setDescription] = useState("");
  const [messages, setMessages] = useState(starter);

  function submit(event: FormEvent) {
    event.preventDefault();
    create.mutate({ name, description, messages, note: "" }, { onSuccess: ({ prompt }) => router.push(`/prompts/${prompt.id}`) });
  }

  return (
    <div className={canEdit ? "grid items-start gap-6 lg:grid-cols-[1fr_28rem]" : ""}>
      <div>
        {prompts.data?.length === 0 && (
          <EmptyState icon="✎" title="The prompt library is empty">
            <p>Prompts get immutable, numbered versions with {"{{variables}}"}, so a run always says exactly which text it sent.</p>
          </EmptyState>
        )}
        {prompts.data && prompts.data.length > 0 && (
          <ul className="divide-y divide-zinc-100 rounded-lg bg-white ring-1 ring-zinc-200" data-testid="prompt-list">
            {prompts.data.map((prompt) => (
              <li key={prompt.id} className="px-4 py-3 text-sm">
                <Link href={`/prompts/${prompt.id}`} className="font-medium hover:text-indigo-700">
                  {prompt.name}
                </Link>
                <span className="ml-2 rounded bg-zinc-100 px-1.5 text-xs text-zinc-600">v{prompt.latest?.version}</span>
                {prompt.description && <p className="text-xs text-zinc-500">{prompt.description}</p>}
                <p className="text-xs text-zinc-400">{prompt.latest?.variables.map((variable) => `{{${variable}}}`).join(" ") || "no variables"}</p>
              </li>
            ))}
          </ul>
        )}
      </div>
      {canEdit && (
        <form onSubmit={submit} className="space-y-3 rounded-lg bg-white p-4 ring-1 ring-zinc-200" aria-label="New prompt">
          <h2 className="text-sm font-semibold">New prompt</h2>
          <TextField label="Name" id="prompt-name" required placeholder="e.g. ticket-triage" value={name} onChange={(event) => setName(event.target.value)} />
          <TextField label="Description" id="prompt-description" value={description} onChange={(event) => setDescription(event.target.value)} />
          <MessagesEditor messages={messages} onChange={setMessages} />
          <FormError message={create.error?.message ?? null} />
          <Button type="submit" className="w-full" disabled={create.isPending}>
            Save version 1
          </Button>
        </form>
      )}
    </div>
  );
}
