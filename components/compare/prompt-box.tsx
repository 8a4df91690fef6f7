"use client";

import { useState, type KeyboardEvent } from "react";
import { Button } from "@/components/ui/button";

/** The message box: Ctrl+Enter (⌘+Enter on a Mac) sends to every column. */
export function PromptBox({ onSend, busy, onStopAll, initial = "" }: { onSend: (content: string) => void; busy: boolean; onStopAll: () => void; initial?: string }) {
  const [content, setContent] = useState(initial);
  const send = () => {
    if (!content.trim() || busy) return;
    onSend(content);
    setContent("");
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      send();
    }
  };
  return (
    <div className="sticky bottom-0 mt-4 border-t border-zinc-200 bg-zinc-50/95 pt-3 pb-4 backdrop-blur">
      <div className="flex items-end gap-2">
        <textarea
          aria-label="Message to every column"
          rows={3}
          value={content}
          onChange={(event) => setContent(event.target.value)}
          onKeyDown={onKeyDown}
          placeholder="Ask something… (Ctrl+Enter sends to every column)"
          className="block w-full resize-y rounded-md bg-white px-3 py-2 text-sm ring-1 ring-zinc-300 focus:ring-2 focus:ring-indigo-600 focus:outline-none"
        />
        <div className="flex flex-col gap-2">
          <Button onClick={send} disabled={busy || !content.trim()}>
            Send
          </Button>
          {busy && (
            <Button variant="danger" onClick={onStopAll}>
              Stop all
            </Button>
          )}
        </div>
      </div>
      <p className="mt-1 text-xs text-zinc-400">
        <kbd className="rounded bg-zinc-200 px-1">Ctrl</kbd>+<kbd className="rounded bg-zinc-200 px-1">Enter</kbd> to send. Everything is saved as you go.
      </p>
    </div>
  );
}
