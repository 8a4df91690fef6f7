"use client";

import { Plus, X } from "lucide-react";
import type { ChatMessage } from "@/lib/providers/types";
import { Button } from "../ui/button";
import { Textarea } from "../ui/input";
import { NativeSelect } from "../ui/native-select";

/** A template as a list of messages; {{variables}} are plain text here. */
export function MessagesEditor({ messages, onChange }: { messages: ChatMessage[]; onChange: (messages: ChatMessage[]) => void }) {
  const set = (index: number, patch: Partial<ChatMessage>) => onChange(messages.map((message, i) => (i === index ? { ...message, ...patch } : message)));
  return (
    <div className="space-y-2">
      {messages.map((message, index) => (
        <div key={index} className="flex items-start gap-2">
          <NativeSelect aria-label={`Message ${index + 1} role`} value={message.role} onChange={(event) => set(index, { role: event.target.value as ChatMessage["role"] })} className="w-28 shrink-0">
            <option value="system">system</option>
            <option value="user">user</option>
            <option value="assistant">assistant</option>
          </NativeSelect>
          <Textarea
            aria-label={`Message ${index + 1}`}
            rows={message.role === "system" ? 2 : 4}
            value={message.content}
            onChange={(event) => set(index, { content: event.target.value })}
            className="min-h-0 font-mono"
          />
          {messages.length > 1 && (
            <Button variant="ghost" size="icon-sm" aria-label={`Remove message ${index + 1}`} title="Remove this message" onClick={() => onChange(messages.filter((_, i) => i !== index))} className="text-muted-foreground hover:text-destructive">
              <X aria-hidden />
            </Button>
          )}
        </div>
      ))}
      <Button variant="link" size="sm" className="h-auto px-0" onClick={() => onChange([...messages, { role: "user", content: "" }])}>
        <Plus aria-hidden /> Add a message
      </Button>
    </div>
  );
}
