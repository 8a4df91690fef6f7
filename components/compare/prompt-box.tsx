"use client";

import { Send, Square } from "lucide-react";
import { useState, type KeyboardEvent } from "react";
import { Button } from "@/components/ui/button";
import { Textarea } from "@/components/ui/input";

/** The message box: Ctrl+Enter (⌘+Enter on a Mac) sends to every column. It is the last block
 * of the session's own viewport-high layout, below the answers' scroller: never on top of an
 * answer (it is not sticky or fixed) and never under a toast (those are at the top). */
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
    <div className="shrink-0 border-t border-border pt-3" data-testid="composer">
      <div className="flex items-end gap-2">
        <Textarea
          aria-label="Message to every column"
          rows={2}
          value={content}
          onChange={(event) => setContent(event.target.value)}
          onKeyDown={onKeyDown}
          placeholder="Ask something… (Ctrl+Enter sends to every column)"
          className="max-h-48 min-h-16 resize-y sm:min-h-20"
        />
        <div className="flex flex-col gap-2">
          <Button onClick={send} disabled={busy || !content.trim()}>
            <Send aria-hidden /> Send
          </Button>
          {busy && (
            <Button variant="danger" onClick={onStopAll}>
              <Square aria-hidden /> Stop all
            </Button>
          )}
        </div>
      </div>
      <p className="mt-1 hidden text-xs text-muted-foreground sm:block">
        <kbd className="rounded border border-border bg-muted px-1">Ctrl</kbd>+<kbd className="rounded border border-border bg-muted px-1">Enter</kbd> to send.
        Everything is saved as you go.
      </p>
    </div>
  );
}
