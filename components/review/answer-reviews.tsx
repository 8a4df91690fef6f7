"use client";

import type { QueryKey } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/field";
import type { Jsonified } from "@/lib/api/jsonified";
import type { AnswerReviews } from "@/lib/review/answer-reviews";
import { AnnotationItem } from "./annotation-item";
import { useAnnotate, useRateAnswer } from "./use-answer-reviews";
import { useCriteria } from "./use-review";

/** Under an answer (session page, run answer): its ratings, vote record and annotations, a form to
 * comment — on the whole answer or on the text selected in it — and, where asked, rating buttons.
 * `shownIn` is the query holding `reviews`, refreshed after each change. */
export function AnswerReviewsPanel({
  completionId,
  text,
  reviews,
  userId,
  shownIn,
  rateable = false,
}: {
  completionId: string;
  text: string;
  reviews?: Jsonified<AnswerReviews>;
  userId: string;
  shownIn: QueryKey;
  rateable?: boolean;
}) {
  const annotate = useAnnotate(shownIn);
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
    <div className="mt-2 space-y-1.5 border-t border-dashed border-border pt-2 text-xs" data-testid="answer-reviews">
      <div className="flex flex-wrap gap-x-3 text-muted-foreground">
        {reviews?.ratings.map((rating) => (
          <span key={rating.criterion}>
            {rating.criterion} {rating.mean.toFixed(1)} <span className="text-muted-foreground/70">(n={rating.n})</span>
          </span>
        ))}
        {votes && votes.won + votes.lost + votes.tied + votes.bothBad > 0 && (
          <span data-testid="vote-record">
            votes: {votes.won} won · {votes.lost} lost · {votes.tied} tied{votes.bothBad ? ` · ${votes.bothBad} both bad` : ""}
          </span>
        )}
      </div>
      {rateable && <RatingButtons completionId={completionId} shownIn={shownIn} />}
      {reviews?.annotations.map((annotation) => (
        <AnnotationItem key={annotation.id} annotation={annotation} userId={userId} shownIn={shownIn} />
      ))}
      {open ? (
        <form onSubmit={submit} className="space-y-1" aria-label="Comment on this answer">
          {quote && <q className="block rounded bg-yellow-100 dark:bg-yellow-500/15 px-2 py-1 italic">{quote}</q>}
          <textarea aria-label="Comment" rows={2} value={body} onChange={(event) => setBody(event.target.value)} className="block w-full rounded px-2 py-1 ring-1 ring-input" autoFocus />
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
        <button type="button" onMouseDown={(event) => event.preventDefault()} onClick={takeSelection} className="text-primary hover:underline" title="Select text in the answer first to quote it">
          Comment <span className="text-muted-foreground/70">(select text in the answer first to quote it)</span>
        </button>
      )}
    </div>
  );
}

/** 1–5 on each criterion; a second click changes the rating (one per answer, reviewer, criterion). */
function RatingButtons({ completionId, shownIn }: { completionId: string; shownIn: QueryKey }) {
  const criteria = useCriteria();
  const rate = useRateAnswer(shownIn);
  const [mine, setMine] = useState<Record<string, number>>({});
  return (
    <div className="flex flex-wrap gap-x-4 gap-y-1" aria-label="Rate this answer">
      {criteria.data?.map((criterion) => (
        <span key={criterion} className="flex items-center gap-1">
          <span className="text-muted-foreground">{criterion}</span>
          {[1, 2, 3, 4, 5].map((score) => (
            <button
              key={score}
              type="button"
              aria-label={`Rate ${criterion} ${score}`}
              aria-pressed={mine[criterion] === score}
              onClick={() => rate.mutate({ completionId, criterion, score }, { onSuccess: () => setMine({ ...mine, [criterion]: score }) })}
              className={`h-6 w-6 rounded ring-1 ${mine[criterion] === score ? "bg-primary text-white ring-ring" : "ring-input hover:bg-muted"}`}
            >
              {score}
            </button>
          ))}
        </span>
      ))}
    </div>
  );
}
