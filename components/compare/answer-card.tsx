"use client";

import { ChevronDown, ChevronUp, RotateCcw, Square } from "lucide-react";
import { useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import type { CompletionMetrics } from "@/lib/completions/view";
import { cn } from "@/lib/ui/cn";
import { CopyMenu } from "./copy-menu";
import { Markdown } from "./markdown";
import { MetricsLine } from "./metrics-line";

export interface AnswerLike {
  status: "streaming" | "done" | "error" | "cancelled";
  text: string;
  errorKind: string | null;
  errorMessage: string | null;
  metrics: CompletionMetrics | null;
  revision?: number | null;
  startedAt?: number;
}

const FOLD_AFTER_CHARS = 1500;

/** `blind`: a blind session before the reveal — no timings, tokens or cost (not even a running
 * clock), since they would tell the models apart. */
export function AnswerCard({
  answer,
  onStop,
  onRetry,
  quotes,
  blind = false,
  curl,
  curlUnavailable,
}: {
  answer: AnswerLike | undefined;
  onStop?: () => void;
  onRetry?: () => void;
  quotes?: string[];
  blind?: boolean;
  curl?: () => Promise<string>;
  curlUnavailable?: string;
}) {
  const [expanded, setExpanded] = useState(false);
  const rendered = useRef<HTMLDivElement>(null);
  if (!answer) return <p className="text-xs text-muted-foreground italic">No answer for this turn.</p>;
  const streaming = answer.status === "streaming";
  const long = answer.text.length > FOLD_AFTER_CHARS;
  // A long finished answer is folded so that one verbose column does not push the others' next
  // turns out of sight; a streaming one stays open (the reader is following it).
  const folded = !streaming && !expanded && long;
  return (
    <div className="space-y-2" data-testid="answer" data-status={answer.status}>
      {/* While it streams, Stop sits above the text: below it, the button would run away from
          the pointer as the answer grows. */}
      {streaming && onStop && (
        <div className="flex justify-end">
          <Button variant="ghost" size="sm" className="h-7 px-2 text-destructive hover:text-destructive" onClick={onStop}>
            <Square aria-hidden /> Stop
          </Button>
        </div>
      )}
      {answer.text ? (
        <div ref={rendered} className={folded ? "relative max-h-72 overflow-hidden" : undefined} data-folded={folded || undefined}>
          <Markdown text={answer.text} quotes={quotes} />
          {folded && <div className="absolute inset-x-0 bottom-0 h-16 bg-gradient-to-t from-card" />}
        </div>
      ) : streaming ? (
        <p className="animate-pulse text-sm text-muted-foreground">Waiting for the first token…</p>
      ) : null}
      {!streaming && long && (
        <Button variant="link" size="sm" className="h-auto px-0 text-xs" onClick={() => setExpanded(!expanded)}>
          {expanded ? <ChevronUp aria-hidden /> : <ChevronDown aria-hidden />}
          {expanded ? "Show less" : "Show the whole answer"}
        </Button>
      )}
      {(answer.status === "error" || answer.status === "cancelled") && (
        <p
          className={cn(
            "rounded-md px-2 py-1 text-xs",
            answer.status === "cancelled" ? "bg-muted text-muted-foreground" : "bg-red-50 text-red-700 dark:bg-red-500/10 dark:text-red-300",
          )}
          data-testid="answer-error"
        >
          <span className="font-semibold">{answer.status === "cancelled" ? "Stopped" : answer.errorKind}</span>
          {answer.errorMessage && answer.status !== "cancelled" ? `: ${answer.errorMessage}` : ""}
          {answer.text ? " — partial answer kept above." : ""}
        </p>
      )}
      <div className="flex flex-wrap items-center justify-between gap-x-2 gap-y-1 border-t border-border pt-1.5">
        {blind ? (
          <p className="text-xs text-muted-foreground" data-testid="metrics">
            {streaming ? "streaming…" : "metrics hidden until names are revealed"}
          </p>
        ) : (
          <div className="flex min-w-0 items-center gap-2">
            {answer.revision != null && (
              <span className="shrink-0 text-xs text-zinc-400" data-testid="answer-revision">
                rev {answer.revision}
              </span>
            )}
            <MetricsLine metrics={answer.metrics} streaming={streaming} since={answer.startedAt} />
          </div>
        )}
        <div className="ml-auto flex shrink-0 items-center gap-0.5">
          {!streaming && answer.text && (
            <CopyMenu markdown={answer.text} plainText={() => rendered.current?.innerText.trim() ?? answer.text} curl={curl} curlUnavailable={curlUnavailable} />
          )}
          {!streaming && onRetry && (
            <Button variant="ghost" size="sm" className="h-7 px-2" onClick={onRetry} title="Ask this column again">
              <RotateCcw aria-hidden /> Retry
            </Button>
          )}
        </div>
      </div>
    </div>
  );
}
