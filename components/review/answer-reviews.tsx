"use client";

import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/field";
import type { Jsonified } from "@/lib/api/jsonified";
import type { AnswerReviews } from "@/lib/review/session-reviews";
import { useAnnotate, useDeleteAnnotation } from "./use-session-reviews";

/** Under an answer on the session page: its ratings, vote record and annotations, and a form
 * to comment — on the whole answer or on the text selected in it. */
export function AnswerReviewsPanel({ sessionId, completionId, text, reviews, userId }: { sessionId: string; completionId: string; text: string; reviews?: Jsonified<AnswerReviews>; userId: string }) {
  const annotate = useAnnotate(sessionId);
  const remove = useDeleteAnnotation(sessionId);
  const [open, setOpen] = useState(false);
  const [body, setBody] = useState("");
  const [quote, setQuote] = useState<string | null>(null);

  function takeSelection() {
    const selected = window.getSelection()?.toString().trim() ?? "";
    setQuote(selected && text.includes(selected) ? selected : null);
    setOpen(true);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const start = quote ? text.indexOf(quote) : -1;
    annotate.mutate(
      { completionId, body, ...(quote && start >= 0 && { quote, quoteStart: start, quoteEnd: start + quote.length }) },
      {
        onSuccess: () => {
          setBody("");
          setQuote(null);
          setOpen(false);
        },
      },
    );
  }

  const votes = reviews?.votes;
  return (
    <div className="mt-2 space-y-1.5 border-t border-dashed border-zinc-200 pt-2 text-xs" data-testid="answer-reviews">
      <div className="flex flex-wrap gap-x-3 text-zinc-500">
        {reviews?.ratings.map((rating) => (
          <span key={rating.criterion}>
            {rating.criterion} {rating.mean.toFixed(1)} <span className="text-zinc-400">(n={rating.n})</span>
          </span>
        ))}
        {votes && votes.won + votes.lost + votes.tied + votes.bothBad > 0 && (
          <span data-testid="vote-record">
            votes: {votes.won} won · {votes.lost} lost · {votes.tied} tied{votes.bothBad ? ` · ${votes.bothBad} both bad` : ""}
          </span>
        )}
      </div>
      {reviews?.annotations.map((annotation) => (
        <div key={annotation.id} className="rounded bg-amber-50 px-2 py-1" data-testid="annotation">
          {annotation.quote && <q className="block text-zinc-500 italic">{annotation.quote}</q>}
          <span className="font-medium">{annotation.author.name}:</span> {annotation.body}
          {annotation.author.id === userId && (
            <button type="button" className="ml-2 text-zinc-400 hover:text-red-700" onClick={() => remove.mutate(annotation.id)}>
              delete
            </button>
          )}
        </div>
      ))}
      {open ? (
        <form onSubmit={submit} className="space-y-1" aria-label="Comment on this answer">
          {quote && <q className="block rounded bg-yellow-100 px-2 py-1 italic">{quote}</q>}
          <textarea aria-label="Comment" rows={2} value={body} onChange={(event) => setBody(event.target.value)} className="block w-full rounded px-2 py-1 ring-1 ring-zinc-300" autoFocus />
          <FormError message={annotate.error?.message ?? null} />
          <div className="flex gap-2">
            <Button type="submit" disabled={!body.trim() || annotate.isPending}>
              Add comment
            </Button>
            <Button variant="ghost" onClick={() => setOpen(false)}>
              Cancel
            </Button>
          </div>
        </form>
      ) : (
        <button type="button" onMouseDown={(event) => event.preventDefault()} onClick={takeSelection} className="text-indigo-700 hover:underline" title="Select text in the answer first to quote it">
          Comment <span className="text-zinc-400">(select text in the answer first to quote it)</span>
        </button>
      )}
    </div>
  );
}
