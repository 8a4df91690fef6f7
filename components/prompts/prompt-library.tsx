"use client";

import { Plus, SquarePen } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { FormError, TextField } from "@/components/ui/field";
import { focusField } from "@/components/ui/focus-field";
import { SearchableList } from "@/components/ui/searchable-list";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableNameCell, TableRow } from "@/components/ui/table";
import type { ChatMessage } from "@/lib/providers/types";
import { MessagesEditor } from "./messages-editor";
import { useCreatePrompt, usePrompts, type PromptListItem } from "./use-prompts";

const NAME_FIELD = "prompt-name";

const starter: ChatMessage[] = [
  { role: "system", content: "You are a helpful assistant." },
  { role: "user", content: "{{question}}" },
];

export function PromptLibrary({ canEdit }: { canEdit: boolean }) {
  return (
    <SearchableList
      list={usePrompts()}
      fields={(prompt) => [prompt.name, prompt.description, ...(prompt.latest?.variables ?? [])]}
      search={{ label: "Search prompts", placeholder: "Search by name or variable", noMatch: "No prompt matches this search." }}
      columns="lg:grid-cols-[minmax(0,1fr)_28rem]"
      table={(prompts) => <PromptTable prompts={prompts} />}
      aside={canEdit && <NewPromptCard />}
      empty={
        <EmptyState
          icon={SquarePen}
          title="The prompt library is empty"
          // The form sits beside the list (below it on a phone): the call to action takes the reader there.
          action={canEdit ? <Button onClick={() => focusField(NAME_FIELD)}><Plus aria-hidden /> Write a prompt</Button> : undefined}
        >
          <p>Prompts get immutable, numbered versions with {"{{variables}}"}, so a run always says exactly which text it sent.</p>
          {!canEdit && <p className="mt-2">An editor can add them.</p>}
        </EmptyState>
      }
    />
  );
}

function PromptTable({ prompts }: { prompts: PromptListItem[] }) {
  return (
    <Table data-testid="prompt-list">
      <TableHeader>
        <TableRow>
          <TableHead>Prompt</TableHead>
          <TableHead className="w-24">Latest</TableHead>
          <TableHead className="hidden w-[40%] md:table-cell">Variables</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {prompts.map((prompt) => (
          <TableRow key={prompt.id}>
            <TableNameCell href={`/prompts/${prompt.id}`} name={prompt.name} description={prompt.description}>
              {/* On a phone the variables column is hidden: they read under the name instead. */}
              <p className="mt-0.5 truncate font-mono text-xs text-muted-foreground md:hidden">{variableList(prompt)}</p>
            </TableNameCell>
            <TableCell>
              {prompt.latest && (
                <Badge variant="outline" title={`version ${prompt.latest.version}, ${new Date(prompt.latest.createdAt).toLocaleString()}`}>
                  v{prompt.latest.version}
                </Badge>
              )}
            </TableCell>
            <TableCell className="hidden md:table-cell">
              {prompt.latest && prompt.latest.variables.length > 0 ? (
                <div className="flex flex-wrap gap-1">
                  {prompt.latest.variables.map((variable) => (
                    <Badge key={variable} variant="secondary" className="font-mono">{`{{${variable}}}`}</Badge>
                  ))}
                </div>
              ) : (
                <span className="text-xs text-muted-foreground">no variables</span>
              )}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

const variableList = (prompt: PromptListItem) => prompt.latest?.variables.map((variable) => `{{${variable}}}`).join(" ") || "no variables";

function NewPromptCard() {
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
    <Card>
      <CardHeader>
        <CardTitle className="text-sm">New prompt</CardTitle>
      </CardHeader>
      <CardContent className="pt-3">
        <form onSubmit={submit} className="space-y-3" aria-label="New prompt">
          <TextField label="Name" id={NAME_FIELD} required placeholder="e.g. ticket-triage" value={name} onChange={(event) => setName(event.target.value)} />
          <TextField label="Description" id="prompt-description" value={description} onChange={(event) => setDescription(event.target.value)} />
          <MessagesEditor messages={messages} onChange={setMessages} />
          <FormError message={create.error?.message ?? null} />
          <Button type="submit" className="w-full" loading={create.isPending}>
            Save version 1
          </Button>
        </form>
      </CardContent>
    </Card>
  );
}
