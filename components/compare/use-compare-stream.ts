"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useRef, useState } from "react";
import { toast } from "@/components/ui/sonner";
import { sessionsApi, type StopTarget } from "@/lib/api-client/sessions";
import { readSse } from "@/lib/api/sse-parse";
import type { CompareEvent } from "@/lib/compare/turn-runner";
import type { CompletionMetrics } from "@/lib/completions/view";
import { sessionKeys } from "../sessions/use-sessions";

export interface LiveAnswer {
  completionId: string;
  turnId: string;
  columnId: string;
  status: "streaming" | "done" | "error" | "cancelled";
  text: string;
  errorKind: string | null;
  errorMessage: string | null;
  metrics: CompletionMetrics | null;
  /** performance.now() in the browser when the answer started, for the live elapsed clock only. */
  startedAt: number;
}

export interface LiveTurn {
  turnId: string;
  index: number;
  content: string;
}

/** Streams turns of one session. Deltas are buffered and applied once per animation frame, so
 * eight fast columns cost one render per frame, not one per token. */
export function useCompareStream(sessionId: string | null) {
  const client = useQueryClient();
  const [answers, setAnswers] = useState<Record<string, LiveAnswer>>({});
  const [pendingTurn, setPendingTurn] = useState<LiveTurn | null>(null);
  const [busy, setBusy] = useState(false);
  const buffer = useRef(new Map<string, string>());
  const frame = useRef<number | null>(null);

  const flush = useCallback(() => {
    frame.current = null;
    const pending = buffer.current;
    if (pending.size === 0) return;
    buffer.current = new Map();
    setAnswers((current) => {
      const next = { ...current };
      for (const [id, text] of pending) if (next[id]) next[id] = { ...next[id], text: next[id].text + text };
      return next;
    });
  }, []);

  useEffect(() => () => {
    if (frame.current !== null) cancelAnimationFrame(frame.current);
  }, []);

  const consume = useCallback(
    async (response: Response, content: string) => {
      let turnId = "";
      for await (const message of readSse(response.body!)) {
        const event = JSON.parse(message.data) as CompareEvent;
        if (event.type === "turn.start") {
          turnId = event.turnId;
          setPendingTurn({ turnId, index: event.index, content });
        } else if (event.type === "completion.start") {
          setAnswers((current) => ({
            ...current,
            [event.completionId]: { completionId: event.completionId, turnId, columnId: event.columnId, status: "streaming", text: "", errorKind: null, errorMessage: null, metrics: null, startedAt: performance.now() },
          }));
        } else if (event.type === "completion.delta") {
          buffer.current.set(event.completionId, (buffer.current.get(event.completionId) ?? "") + event.text);
          frame.current ??= requestAnimationFrame(flush);
        } else if (event.type === "completion.done" || event.type === "completion.error") {
          flush();
          setAnswers((current) => {
            const answer = current[event.completionId];
            if (!answer) return current;
            const ended: LiveAnswer =
              event.type === "completion.done"
                ? { ...answer, status: "done", metrics: event.metrics }
                : { ...answer, status: event.kind === "cancelled" ? "cancelled" : "error", errorKind: event.kind, errorMessage: event.message, metrics: event.metrics };
            return { ...current, [event.completionId]: ended };
          });
        }
      }
    },
    [flush],
  );

  const run = useCallback(
    async (start: (sessionId: string) => Promise<Response>, content: string) => {
      if (!sessionId) return;
      setBusy(true);
      try {
        await consume(await start(sessionId), content);
      } catch (error) {
        toast.error(error instanceof Error ? error.message : String(error));
      } finally {
        // The saved session is now the truth: reload it and drop the live copies.
        await client.invalidateQueries({ queryKey: sessionKeys.detail(sessionId) });
        await client.invalidateQueries({ queryKey: sessionKeys.all });
        setAnswers({});
        setPendingTurn(null);
        setBusy(false);
      }
    },
    [client, consume, sessionId],
  );

  const send = useCallback((content: string) => run((id) => sessionsApi().sendTurn(id, { content }), content), [run]);
  const retry = useCallback((turnId: string, columnId: string, content: string) => run((id) => sessionsApi().retryAnswer(id, turnId, { columnId }), content), [run]);
  const stop = useCallback(async (target: StopTarget) => {
    if (sessionId) await sessionsApi().stop(sessionId, target);
  }, [sessionId]);

  return { answers, pendingTurn, busy, send, retry, stop };
}
