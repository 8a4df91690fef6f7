"use client";

import { useState } from "react";
import { toast } from "@/components/ui/toaster";
import type { CompletionMetrics } from "@/lib/completions/view";
import { Markdown } from "./markdown";
import { MetricsLine } from "./metrics-line";

export interface AnswerLike {
  status: "streaming" | "done" | "error" | "cancelled";
  text: string;
  errorKind: string | null;
  errorMessage: string | null;
  metrics: CompletionMetrics | null;
  startedAt?: number;
}

const FOLD_AFTER_CHARS = 1500;

async function copyAnswer(text: string) {
  try {
    await navigator.clipboard.writeText(text);
    toast.success("Answer copied as Markdown");
  } catch {
    toast.error("The browser did not allow copying; select the text instead.");
  }
}

/** `blind`: a blind session before the reveal — no timings, tokens or cost (not even a running
 * clock), since they would tell the models apart. */
export function AnswerCard({ answer, onStop, onRetry, quotes, blind = false }: { answer: AnswerLike | undefined; onStop?: () => void; onRetry?: () => void; quotes?: string[]; blind?: boolean }) {
  const [expanded, setExpanded] = useState(false);
  if (!answer) return <p className="text-xs text-zinc-400 italic">No answer for this turn.</p>;
  const streaming = answer.status === "streaming";
  // A long finished answer is folded so that one verbose column does not push the others' next
  // turns out of sight; a streaming one stays open (the reader is following it).
  const folded = !streaming && !expanded && answer.text.length > FOLD_AFTER_CHARS;
  return (
    <div className="space-y-2" data-testid="answer" data-status={answer.status}>
      {answer.text ? (
        <div className={folded ? "relative max-h-72 overflow-hidden" : undefined} data-folded={folded || undefined}>
          <Markdown text={answer.text} quotes={quotes} />
          {folded && <div className="absolute inset-x-0 bottom-0 h-16 bg-gradient-to-t from-white" />}
        </div>
      ) : streaming ? (
        <p className="animate-pulse text-sm text-zinc-400">Waiting for the first token…</p>
      ) : null}
      {!streaming && answer.text.length > FOLD_AFTER_CHARS && (
        <button type="button" onClick={() => setExpanded(!expanded)} className="text-xs font-medium text-indigo-700 hover:underline">
          {expanded ? "Show less" : "Show the whole answer"}
        </button>
      )}
      {(answer.status === "error" || answer.status === "cancelled") && (
        <p className={`rounded px-2 py-1 text-xs ${answer.status === "cancelled" ? "bg-zinc-100 text-zinc-700" : "bg-red-50 text-red-700"}`} data-testid="answer-error">
          <span className="font-semibold">{answer.status === "cancelled" ? "Stopped" : answer.errorKind}</span>
          {answer.errorMessage && answer.status !== "cancelled" ? `: ${answer.errorMessage}` : ""}
          {answer.text ? " — partial answer kept above." : ""}
        </p>
      )}
      <div className="flex items-center justify-between gap-2 border-t border-zinc-100 pt-1.5">
        {blind ? (
          <p className="text-xs text-zinc-500" data-testid="metrics">
            {streaming ? "streaming…" : "metrics hidden until names are revealed"}
          </p>
        ) : (
          <MetricsLine metrics={answer.metrics} streaming={streaming} since={answer.startedAt} />
        )}
        <div className="flex shrink-0 gap-1">
          {!streaming && answer.text && (
            <button type="button" onClick={() => void copyAnswer(answer.text)} className="rounded px-1.5 py-0.5 text-xs text-zinc-600 hover:bg-zinc-100" title="Copy the answer as Markdown">
              Copy
            </button>
          )}
          {streaming && onStop && (
            <button type="button" onClick={onStop} className="rounded px-1.5 py-0.5 text-xs text-red-700 hover:bg-red-50">
              Stop
            </button>
          )}
          {!streaming && onRetry && (
            <button type="button" onClick={onRetry} className="rounded px-1.5 py-0.5 text-xs text-zinc-600 hover:bg-zinc-100" title="Ask this column again">
              Retry
            </button>
          )}
        </div>
      </div>
    </div>
  );
}
