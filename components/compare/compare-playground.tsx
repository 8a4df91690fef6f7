"use client";

import { ChartColumn, Eye, Plus, Rows3 } from "lucide-react";
import Link from "next/link";
import { useRouter, useSearchParams } from "next/navigation";
import { Button } from "@/components/ui/button";
import { toast } from "@/components/ui/sonner";
import { Switch } from "@/components/ui/switch";
import { sessionsApi } from "@/lib/api-client/sessions";
import { plural } from "@/lib/format/plural";
import { latestCompletion } from "@/lib/sessions/latest-completion";
import { useCreateSession, useRevealSession, useSession, type SessionData } from "../sessions/use-sessions";
import { AnswerCard } from "./answer-card";
import { BlindVoteBar } from "./blind-vote-bar";
import { ColumnPicker } from "./column-picker";
import { ColumnsGrid } from "./columns-grid";
import { PromptBox } from "./prompt-box";
import { PromptHandoffNote } from "./prompt-handoff-note";
import { SessionPromptHeader } from "./session-prompt-header";
import { usePromptHandoff } from "./use-prompt-handoff";
import { useFillViewport, useScrollTogether } from "./use-compare-layout";
import { useCompareStream, type LiveAnswer } from "./use-compare-stream";

type Turn = SessionData["turns"][number];
/** The live copy of an answer while it streams, else the saved one. */
type Answer = LiveAnswer | Turn["completions"][number];

export function ComparePlayground({ canEdit }: { canEdit: boolean }) {
  const router = useRouter();
  const search = useSearchParams();
  const sessionId = search.get("session");
  // "Open in Compare" from the prompt library: a prompt version and values (use-prompt-handoff.ts).
  const handoff = usePromptHandoff(search);
  const text = search.get("text") ?? handoff.text;
  const session = useSession(sessionId);
  const createSession = useCreateSession();

  if (!sessionId) {
    if (!canEdit) return <p className="text-sm text-muted-foreground">Your role can read saved sessions but not start new comparisons.</p>;
    return (
      <>
        <PromptHandoffNote handoff={handoff} />
        <ColumnPicker
          starting={createSession.isPending || handoff.pending}
          onStart={(variantIds, blind) =>
            createSession.mutate(
              { variantIds, blind, prompt: handoff.prompt },
              // The session keeps the prompt; the address keeps only the message for the box.
              { onSuccess: ({ session: created }) => router.replace(`/compare?session=${created.id}${text ? `&text=${encodeURIComponent(text)}` : ""}`) },
            )
          }
        />
      </>
    );
  }
  if (session.isPending) return <p className="text-sm text-muted-foreground">Loading the session…</p>;
  if (session.isError) return <p className="text-sm text-destructive">{session.error.message}</p>;
  return (
    <Session key={session.data.id} session={session.data} canEdit={canEdit} initialText={text} />
  );
}

function Session({ session, canEdit, initialText }: { session: SessionData; canEdit: boolean; initialText: string }) {
  const router = useRouter();
  const stream = useCompareStream(session.id);
  const reveal = useRevealSession();
  const [together, setTogether] = useScrollTogether();
  const layout = useFillViewport<HTMLDivElement>();
  const blind = session.blind && !session.revealed;
  const live = Object.values(stream.answers);
  const liveFor = (turnId: string, columnId: string): LiveAnswer | undefined => live.filter((answer) => answer.turnId === turnId && answer.columnId === columnId).at(-1);
  // The stream's copy of an answer while it streams; the saved one once that has caught up with it.
  // The saved copy is the one that changes after the fact: a reveal adds the metrics a blind
  // stream never carried.
  const answerFor = (turn: Turn, columnId: string): Answer | undefined => {
    const streamed = liveFor(turn.id, columnId);
    const saved = latestCompletion(turn, columnId);
    if (streamed && saved && "completionId" in streamed && streamed.completionId === saved.id && saved.status !== "streaming") return saved;
    return streamed ?? saved;
  };
  const turns = [...session.turns];
  if (stream.pendingTurn && !turns.some((turn) => turn.id === stream.pendingTurn!.turnId)) {
    turns.push({ id: stream.pendingTurn.turnId, index: stream.pendingTurn.index, content: stream.pendingTurn.content, createdAt: "", completions: [] });
  }
  const curlFor = (answer: Answer | undefined, simulated: boolean) => {
    if (blind) return { curlUnavailable: "The request names the model: copy it after the reveal." };
    if (simulated) return { curlUnavailable: "A simulated model has no API to call." };
    const id = answer && ("completionId" in answer ? answer.completionId : answer.id);
    if (!id) return {};
    return { curl: () => sessionsApi().curl(session.id, id).then((body) => body.curl) };
  };

  return (
    <div ref={layout} className="flex min-h-0 flex-col gap-3" data-testid="compare-session">
      <div className="flex flex-wrap items-center justify-between gap-x-3 gap-y-2">
        <div className="min-w-0">
          <h2 className="truncate text-base font-semibold text-foreground" data-testid="session-title" title={session.title}>
            {session.title}
          </h2>
          <p className="text-xs text-muted-foreground">
            {plural(session.columns.length, "column")} · {plural(session.turns.length, "turn")} · saved automatically
          </p>
        </div>
        <div className="flex flex-wrap items-center gap-2">
          <label className="flex items-center gap-2 text-sm text-muted-foreground">
            <Switch checked={together} onCheckedChange={setTogether} aria-label="Scroll columns together" data-testid="scroll-together" />
            <span className="hidden sm:inline">Scroll together</span>
            <Rows3 className="size-4 sm:hidden" aria-hidden />
          </label>
          {blind && canEdit && (
            <Button variant="secondary" size="sm" onClick={() => reveal.mutate(session.id, { onSuccess: () => toast.success("Names revealed") })}>
              <Eye aria-hidden /> Reveal names
            </Button>
          )}
          <Button asChild variant="outline" size="sm">
            <Link href={`/sessions/${session.id}`}>
              <ChartColumn aria-hidden /> <span className="hidden sm:inline">Session page &amp; charts</span>
              <span className="sm:hidden">Charts</span>
            </Link>
          </Button>
          <Button variant="ghost" size="sm" onClick={() => router.push("/compare")}>
            <Plus aria-hidden /> New<span className="hidden sm:inline"> comparison</span>
          </Button>
        </div>
      </div>
      {session.prompt && <SessionPromptHeader prompt={session.prompt} columns={session.columns} />}
      <ColumnsGrid
        sessionId={session.id}
        columns={session.columns}
        turns={turns}
        together={together}
        canEdit={canEdit}
        renderAnswer={(turn, column) => {
          const answer = answerFor(turn as Turn, column.id);
          return (
            <AnswerCard
              answer={answer}
              blind={blind}
              {...curlFor(answer, column.variant?.simulated ?? false)}
              onStop={canEdit && answer && "completionId" in answer ? () => void stream.stop({ completionId: answer.completionId }) : undefined}
              onRetry={canEdit && !stream.busy ? () => void stream.retry(turn.id, column.id, turn.content) : undefined}
            />
          );
        }}
      />
      {blind && turns.length > 0 && <BlindVotes turns={turns} columns={session.columns} answerFor={answerFor} />}
      {canEdit && (
        <PromptBox
          key={initialText}
          initial={initialText}
          busy={stream.busy}
          onSend={(content) => void stream.send(content)}
          onStopAll={() => stream.pendingTurn && void stream.stop({ turnId: stream.pendingTurn.turnId })}
        />
      )}
    </div>
  );
}

/** A blind vote under each turn with two finished answers; its own short scroller, so many turns
 * of votes never push the composer off the screen. */
function BlindVotes({ turns, columns, answerFor }: { turns: Turn[]; columns: SessionData["columns"]; answerFor: (turn: Turn, columnId: string) => Answer | undefined }) {
  return (
    <section className="max-h-40 shrink-0 space-y-2 overflow-y-auto" aria-label="Blind votes">
      {turns.map((turn) => {
        const answers = columns.flatMap((column) => {
          const answer = answerFor(turn, column.id);
          if (!answer || answer.status !== "done") return [];
          return [{ columnLabel: column.label, completionId: "completionId" in answer ? answer.completionId : answer.id }];
        });
        return answers.length >= 2 ? (
          <div key={turn.id} className="space-y-1">
            <p className="truncate text-xs text-muted-foreground">
              Turn {turn.index + 1} · {turn.content}
            </p>
            <BlindVoteBar answers={answers} />
          </div>
        ) : null;
      })}
    </section>
  );
}
