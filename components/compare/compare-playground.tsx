"use client";

import Link from "next/link";
import { useRouter, useSearchParams } from "next/navigation";
import { useEffect, useRef } from "react";
import { Button } from "@/components/ui/button";
import { toast } from "@/components/ui/sonner";
import { plural } from "@/lib/format/plural";
import { latestCompletion } from "@/lib/sessions/latest-completion";
import { useCreateSession, useRevealSession, useSession, type SessionData } from "../sessions/use-sessions";
import { AnswerCard } from "./answer-card";
import { BlindVoteBar } from "./blind-vote-bar";
import { ColumnHeader } from "./column-header";
import { ColumnPicker } from "./column-picker";
import { PromptBox } from "./prompt-box";
import { useCompareStream, type LiveAnswer } from "./use-compare-stream";

export function ComparePlayground({ canEdit }: { canEdit: boolean }) {
  const router = useRouter();
  const search = useSearchParams();
  const sessionId = search.get("session");
  // "Open in Compare" from the prompt library carries the rendered message along.
  const text = search.get("text") ?? "";
  const session = useSession(sessionId);
  const createSession = useCreateSession();

  if (!sessionId) {
    if (!canEdit) return <p className="text-sm text-zinc-600">Your role can read saved sessions but not start new comparisons.</p>;
    return (
      <ColumnPicker
        starting={createSession.isPending}
        onStart={(variantIds, blind) =>
          createSession.mutate(
            { variantIds, blind },
            { onSuccess: ({ id }) => router.replace(`/compare?session=${id}${text ? `&text=${encodeURIComponent(text)}` : ""}`) },
          )
        }
      />
    );
  }
  if (session.isPending) return <p className="text-sm text-zinc-500">Loading the session…</p>;
  if (session.isError) return <p className="text-sm text-red-700">{session.error.message}</p>;
  return <Session key={session.data.id} session={session.data} canEdit={canEdit} initialText={text} />;
}

function Session({ session, canEdit, initialText }: { session: SessionData; canEdit: boolean; initialText: string }) {
  const router = useRouter();
  const stream = useCompareStream(session.id);
  const reveal = useRevealSession();
  const live = Object.values(stream.answers);
  const liveFor = (turnId: string, columnId: string): LiveAnswer | undefined => live.filter((answer) => answer.turnId === turnId && answer.columnId === columnId).at(-1);
  // The stream's copy of an answer while it streams; the saved one once that has caught up with it.
  // The saved copy is the one that changes after the fact: a reveal adds the metrics a blind
  // stream never carried.
  const answerFor = (turn: (typeof turns)[number], columnId: string) => {
    const streamed = liveFor(turn.id, columnId);
    const saved = latestCompletion(turn, columnId);
    if (streamed && saved && "completionId" in streamed && streamed.completionId === saved.id && saved.status !== "streaming") return saved;
    return streamed ?? saved;
  };
  const turns = [...session.turns];
  if (stream.pendingTurn && !turns.some((turn) => turn.id === stream.pendingTurn!.turnId)) {
    turns.push({ id: stream.pendingTurn.turnId, index: stream.pendingTurn.index, content: stream.pendingTurn.content, createdAt: "", completions: [] });
  }
  // A new turn scrolls the columns (one scroller, so they move together) to it.
  const scroller = useRef<HTMLDivElement>(null);
  const newestTurn = turns.at(-1)?.id;
  useEffect(() => {
    const box = scroller.current;
    const last = box?.querySelector<HTMLElement>(`[data-turn="${newestTurn}"]`);
    if (box && last) box.scrollTo({ top: last.offsetTop - 48, behavior: "smooth" });
  }, [newestTurn]);

  return (
    <div>
      <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
        <div>
          <h2 className="text-base font-semibold" data-testid="session-title">
            {session.title}
          </h2>
          <p className="text-xs text-zinc-500">
            {plural(session.columns.length, "column")} · {plural(session.turns.length, "turn")} · saved automatically
          </p>
        </div>
        <div className="flex gap-2">
          {session.blind && !session.revealed && canEdit && (
            <Button variant="secondary" onClick={() => reveal.mutate(session.id, { onSuccess: () => toast.success("Names revealed") })}>
              Reveal names
            </Button>
          )}
          <Link href={`/sessions/${session.id}`} className="rounded-md px-3 py-2 text-sm text-indigo-700 hover:bg-indigo-50">
            Session page & charts
          </Link>
          <Button variant="ghost" onClick={() => router.push("/compare")}>
            New comparison
          </Button>
        </div>
      </div>
      {/* One scroller for every column: wide sessions scroll sideways, headers stay on top, and
          the columns scroll together so turn N of each stays side by side. */}
      <div ref={scroller} className="relative max-h-[calc(100vh-17rem)] min-h-64 overflow-auto rounded-lg" data-testid="columns-scroller">
        <div className="grid gap-3" style={{ gridTemplateColumns: `repeat(${session.columns.length}, minmax(17rem, 1fr))` }} data-testid="columns">
          {session.columns.map((column) => (
            <section key={column.id} className="min-w-0 rounded-lg bg-white ring-1 ring-zinc-200" data-testid={`column-${column.label}`} aria-label={`Column ${column.label}`}>
              <ColumnHeader sessionId={session.id} column={column} canEdit={canEdit} />
              <ol className="divide-y divide-zinc-100">
                {turns.map((turn) => {
                  const answer = answerFor(turn, column.id);
                  return (
                    <li key={turn.id} className="space-y-2 px-3 py-3" data-turn={turn.id}>
                      <p className="rounded bg-zinc-50 px-2 py-1 text-xs whitespace-pre-wrap text-zinc-600">
                        <span className="font-semibold text-zinc-400">You · </span>
                        {turn.content}
                      </p>
                      <AnswerCard
                        answer={answer}
                        blind={session.blind && !session.revealed}
                        onStop={canEdit && answer && "completionId" in answer ? () => void stream.stop({ completionId: answer.completionId }) : undefined}
                        onRetry={canEdit && !stream.busy ? () => void stream.retry(turn.id, column.id, turn.content) : undefined}
                      />
                    </li>
                  );
                })}
              </ol>
              {turns.length === 0 && <p className="px-3 py-6 text-center text-xs text-zinc-400">Answers appear here.</p>}
            </section>
          ))}
        </div>
      </div>
      {session.blind && !session.revealed && turns.length > 0 && (
        <section className="mt-3 space-y-2" aria-label="Blind votes">
          {turns.map((turn) => {
            const answers = session.columns.flatMap((column) => {
              const answer = answerFor(turn, column.id);
              if (!answer || answer.status !== "done") return [];
              return [{ columnLabel: column.label, completionId: "completionId" in answer ? answer.completionId : answer.id }];
            });
            return answers.length >= 2 ? (
              <div key={turn.id} className="space-y-1">
                <p className="truncate text-xs text-zinc-500">Turn {turn.index + 1} · {turn.content}</p>
                <BlindVoteBar answers={answers} />
              </div>
            ) : null;
          })}
        </section>
      )}
      {canEdit && (
        <PromptBox
          initial={initialText}
          busy={stream.busy}
          onSend={(content) => void stream.send(content)}
          onStopAll={() => stream.pendingTurn && void stream.stop({ turnId: stream.pendingTurn.turnId })}
        />
      )}
    </div>
  );
}
