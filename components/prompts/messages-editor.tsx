"use client";

import type { ChatMessage } from "@/lib/providers/types";

/** A template as a list of messages; {{variables}} are plain text here. */
export function MessagesEditor({ messages, onChange }: { messages: ChatMessage[]; onChange: (messages: ChatMessage[]) => void }) {
  const set = (index: number, patch: Partial<ChatMessage>) => onChange(messages.map((message, i) => (i === index ? { ...message, ...patch } : message)));
  return (
    <div className="space-y-2">
      {messages.map((message, index) => (
        <div key={index} className="flex gap-2">
          <select aria-label={`Message ${index + 1} role`} value={message.role} onChange={(event) => set(index, { role: event.target.value as ChatMessage["role"] })} className="h-9 rounded-md px-2 text-sm ring-1 ring-zinc-300">
            <option value="system">system</option>
            <option value="user">user</option>
            <option value="assistant">assistant</option>
          </select>
          <textarea
            aria-label={`Message ${index + 1}`}
            rows={message.role === "system" ? 2 : 4}
            value={message.content}
            onChange={(event) => set(index, { content: event.target.value })}
            className="block w-full rounded-md px-3 py-2 font-mono text-sm ring-1 ring-zinc-300 focus:ring-2 focus:ring-indigo-600 focus:outline-none"
          />
          {messages.length > 1 && (
            <button type="button" aria-label={`Remove message ${index + 1}`} onClick={() => onChange(messages.filter((_, i) => i !== index))} className="text-zinc-400 hover:text-red-700">
              ×
            </button>
          )}
        </div>
      ))}
      <button type="button" onClick={() => onChange([...messages, { role: "user", content: "" }])} className="text-xs text-indigo-700 hover:underline">
        + Add a message
      </button>
    </div>
  );
}
