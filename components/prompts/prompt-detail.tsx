"use client";

import Link from "next/link";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { FormError, TextField } from "@/components/ui/field";
import { renderTemplate } from "@/lib/prompts/template";
import type { ChatMessage } from "@/lib/providers/types";
import { MessagesEditor } from "./messages-editor";
import { useAddVersion, usePrompt } from "./use-prompts";

export function PromptDetail({ id, canEdit }: { id: string; canEdit: boolean }) {
  const prompt = usePrompt(id);
  const [selected, setSelected] = useState<number | null>(null);
  const [values, setValues] = useState<Record<string, string>>({});
  const [draft, setDraft] = useState<ChatMessage[] | null>(null);
  const [note, setNote] = useState("");
  const addVersion = useAddVersion(id);

  if (prompt.isPending) return <p className="text-sm text-zinc-500">Loading…</p>;
  if (prompt.isError) return <p className="text-sm text-red-700">{prompt.error.message}</p>;
  const data = prompt.data;
  const version = data.versions.find((item) => item.version === selected) ?? data.versions[0]!;
  const missing = version.variables.filter((variable) => !values[variable]);
  const preview = missing.length === 0 ? renderTemplate(version.messages, values) : null;
  const userText = preview?.filter((message) => message.role === "user").map((message) => message.content).join("\n\n") ?? "";

  function saveVersion(event: FormEvent) {
    event.preventDefault();
    if (!draft) return;
    addVersion.mutate({ messages: draft, note }, { onSuccess: () => (setDraft(null), setNote(""), setSelected(null)) });
  }

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-xl font-semibold">{data.name}</h1>
        {data.description && <p className="text-sm text-zinc-600">{data.description}</p>}
      </div>
      <div className="grid items-start gap-6 lg:grid-cols-[14rem_1fr]">
        <ol className="space-y-1 text-sm" aria-label="Versions">
          {data.versions.map((item) => (
            <li key={item.version}>
              <button
                type="button"
                onClick={() => setSelected(item.version)}
                className={`w-full rounded px-2 py-1 text-left ${item.version === version.version ? "bg-indigo-50 font-medium text-indigo-700" : "hover:bg-zinc-100"}`}
              >
                v{item.version} <span className="text-xs text-zinc-500">{new Date(item.createdAt).toLocaleDateString()}</span>
                {item.note && <span className="block truncate text-xs text-zinc-500">{item.note}</span>}
              </button>
            </li>
          ))}
        </ol>
        <div className="space-y-4">
          <section className="rounded-lg bg-white p-4 ring-1 ring-zinc-200" data-testid="version-messages">
            <h2 className="mb-2 text-sm font-semibold">
              Version {version.version} <span className="font-normal text-zinc-500">(immutable{version.createdBy ? ` · by ${version.createdBy}` : ""})</span>
            </h2>
            {version.messages.map((message, index) => (
              <pre key={index} className="mb-2 rounded bg-zinc-50 p-2 text-xs whitespace-pre-wrap">
                <span className="font-semibold text-zinc-400">{message.role}: </span>
                {message.content}
              </pre>
            ))}
          </section>
          <section className="space-y-2 rounded-lg bg-white p-4 ring-1 ring-zinc-200" data-testid="preview">
            <h2 className="text-sm font-semibold">Preview with values</h2>
            {version.variables.length === 0 && <p className="text-xs text-zinc-500">This version has no variables.</p>}
            <div className="grid gap-2 sm:grid-cols-2">
              {version.variables.map((variable) => (
                <TextField key={variable} label={`{{${variable}}}`} id={`value-${variable}`} value={values[variable] ?? ""} onChange={(event) => setValues({ ...values, [variable]: event.target.value })} />
              ))}
            </div>
            {preview ? (
              <>
                {preview.map((message, index) => (
                  <pre key={index} className="rounded bg-emerald-50 p-2 text-xs whitespace-pre-wrap">
                    <span className="font-semibold text-emerald-700">{message.role}: </span>
                    {message.content}
                  </pre>
                ))}
                <Link href={`/compare?text=${encodeURIComponent(userText)}`} className="inline-block rounded-md bg-indigo-600 px-3 py-2 text-sm text-white hover:bg-indigo-500">
                  Open in Compare
                </Link>
              </>
            ) : (
              <p className="text-xs text-zinc-500">Fill in {missing.map((name) => `{{${name}}}`).join(", ")} to preview.</p>
            )}
          </section>
          {canEdit &&
            (draft ? (
              <form onSubmit={saveVersion} className="space-y-3 rounded-lg bg-white p-4 ring-1 ring-zinc-200" aria-label="New version">
                <h2 className="text-sm font-semibold">New version (v{data.versions[0]!.version + 1})</h2>
                <MessagesEditor messages={draft} onChange={setDraft} />
                <TextField label="What changed" id="version-note" value={note} onChange={(event) => setNote(event.target.value)} />
                <FormError message={addVersion.error?.message ?? null} />
                <div className="flex gap-2">
                  <Button type="submit" disabled={addVersion.isPending}>
                    Save as v{data.versions[0]!.version + 1}
                  </Button>
                  <Button variant="ghost" onClick={() => setDraft(null)}>
                    Cancel
                  </Button>
                </div>
              </form>
            ) : (
              <Button variant="secondary" onClick={() => setDraft(version.messages)}>
                Edit as a new version
              </Button>
            ))}
        </div>
      </div>
    </div>
  );
}
