"use client";

import Link from "next/link";
import { useState, type FormEvent } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { FormError, TextField } from "@/components/ui/field";
import { Tabs, TabsContent, TabsList, TabsTrigger } from "@/components/ui/tabs";
import { handoffQuery } from "@/lib/prompts/handoff";
import { renderTemplate } from "@/lib/prompts/template";
import type { ChatMessage } from "@/lib/providers/types";
import { cn } from "@/lib/ui/cn";
import { MessagesEditor } from "./messages-editor";
import { useAddVersion, usePrompt } from "./use-prompts";
import { VersionDiffView } from "./version-diff-view";

export function PromptDetail({ id, canEdit }: { id: string; canEdit: boolean }) {
  const prompt = usePrompt(id);
  const [selected, setSelected] = useState<number | null>(null);
  const [against, setAgainst] = useState<number | null>(null);
  const [values, setValues] = useState<Record<string, string>>({});
  const [draft, setDraft] = useState<ChatMessage[] | null>(null);
  const [note, setNote] = useState("");
  const addVersion = useAddVersion(id);

  if (prompt.isPending) return <p className="text-sm text-muted-foreground">Loading…</p>;
  if (prompt.isError) return <p className="text-sm text-destructive">{prompt.error.message}</p>;
  const data = prompt.data;
  const version = data.versions.find((item) => item.version === selected) ?? data.versions[0]!;
  // The version just before the selected one, unless another was picked to compare with.
  const olderVersion = against ?? data.versions.find((item) => item.version < version.version)?.version ?? data.versions.find((item) => item.version !== version.version)?.version ?? version.version;
  const missing = version.variables.filter((variable) => !values[variable]);
  const preview = missing.length === 0 ? renderTemplate(version.messages, values) : null;
  const compareHref = `/compare?${handoffQuery({ promptId: id, version: version.version, values: Object.fromEntries(version.variables.map((name) => [name, values[name] ?? ""])) })}`;

  function saveVersion(event: FormEvent) {
    event.preventDefault();
    if (!draft) return;
    addVersion.mutate({ messages: draft, note }, { onSuccess: () => (setDraft(null), setNote(""), setSelected(null), setAgainst(null)) });
  }

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-xl font-semibold tracking-tight sm:text-2xl">{data.name}</h1>
        {data.description && <p className="text-sm text-muted-foreground">{data.description}</p>}
      </div>
      <div className="grid items-start gap-6 lg:grid-cols-[14rem_1fr]">
        <ol className="space-y-1 text-sm" aria-label="Versions">
          {data.versions.map((item) => (
            <li key={item.version}>
              <button
                type="button"
                onClick={() => (setSelected(item.version), setAgainst(null))}
                className={cn("w-full rounded-md px-2 py-1 text-left", item.version === version.version ? "bg-primary/10 font-medium text-primary" : "hover:bg-muted")}
              >
                v{item.version} <span className="text-xs text-muted-foreground">{new Date(item.createdAt).toLocaleDateString()}</span>
                {item.note && <span className="block truncate text-xs text-muted-foreground">{item.note}</span>}
              </button>
            </li>
          ))}
        </ol>
        <div className="space-y-4">
          <Tabs defaultValue="messages">
            <TabsList>
              <TabsTrigger value="messages">Version {version.version}</TabsTrigger>
              <TabsTrigger value="changes" disabled={data.versions.length < 2}>
                Changes
              </TabsTrigger>
            </TabsList>
            <TabsContent value="messages">
              <Card className="p-4" data-testid="version-messages">
                <h2 className="mb-2 text-sm font-semibold">
                  Version {version.version} <span className="font-normal text-muted-foreground">(immutable{version.createdBy ? ` · by ${version.createdBy}` : ""})</span>
                </h2>
                {version.messages.map((message, index) => (
                  <pre key={index} className="mb-2 rounded bg-muted p-2 text-xs whitespace-pre-wrap">
                    <span className="font-semibold text-muted-foreground">{message.role}: </span>
                    {message.content}
                  </pre>
                ))}
              </Card>
            </TabsContent>
            <TabsContent value="changes">
              <VersionDiffView versions={data.versions} version={version.version} against={olderVersion} onAgainst={setAgainst} />
            </TabsContent>
          </Tabs>
          <Card className="space-y-2 p-4" data-testid="preview">
            <h2 className="text-sm font-semibold">Preview with values</h2>
            {version.variables.length === 0 && <p className="text-xs text-muted-foreground">This version has no variables.</p>}
            <div className="grid gap-2 sm:grid-cols-2">
              {version.variables.map((variable) => (
                <TextField key={variable} label={`{{${variable}}}`} id={`value-${variable}`} value={values[variable] ?? ""} onChange={(event) => setValues({ ...values, [variable]: event.target.value })} />
              ))}
            </div>
            {preview ? (
              <>
                {preview.map((message, index) => (
                  <pre key={index} className="rounded bg-emerald-50 p-2 text-xs whitespace-pre-wrap dark:bg-emerald-500/10">
                    <span className="font-semibold text-emerald-700 dark:text-emerald-300">{message.role}: </span>
                    {message.content}
                  </pre>
                ))}
                <div className="flex flex-wrap items-center gap-2">
                  <Button asChild>
                    <Link href={compareHref}>Open in Compare</Link>
                  </Button>
                  <span className="text-xs text-muted-foreground">
                    Takes v{version.version} with these values
                    {version.messages.some((message) => message.role === "system") && <>, and its system message <Badge variant="outline">system</Badge> after each variant&apos;s own</>}.
                  </span>
                </div>
              </>
            ) : (
              <p className="text-xs text-muted-foreground">Fill in {missing.map((name) => `{{${name}}}`).join(", ")} to preview.</p>
            )}
          </Card>
          {canEdit &&
            (draft ? (
              <form onSubmit={saveVersion} className="space-y-3 rounded-lg border border-border bg-card p-4" aria-label="New version">
                <h2 className="text-sm font-semibold">New version (v{data.versions[0]!.version + 1})</h2>
                <MessagesEditor messages={draft} onChange={setDraft} />
                <TextField label="What changed" id="version-note" value={note} onChange={(event) => setNote(event.target.value)} />
                <FormError message={addVersion.error?.message ?? null} />
                <div className="flex gap-2">
                  <Button type="submit" loading={addVersion.isPending}>
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
