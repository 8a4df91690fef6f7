"use client";

import { Scale } from "lucide-react";
import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Markdown } from "../compare/markdown";
import { MarkGoldForm } from "./gold-pairs";
import { useRateAnswer } from "./use-answer-reviews";
import { reviewKeys, useCriteria, useNextPair, useVote, type QueueTarget } from "./use-review";

const choices = [
  { key: "1", choice: "a", label: "A is better" },
  { key: "2", choice: "b", label: "B is better" },
  { key: "3", choice: "tie", label: "Tie" },
  { key: "4", choice: "both_bad", label: "Both bad" },
] as const;

type Choice = (typeof choices)[number]["choice"];

/** Blind pairs, one at a time, from the keyboard: 1/2/3/4 vote, j skips, k goes back to the
 * previous pair (a new vote replaces the old), r jumps to rating the two answers. Admins can mark
 * the pair they just voted on as gold (its known answer then measures the other reviewers). */
export function ReviewQueue({ canMarkGold = false, target = {} }: { canMarkGold?: boolean; target?: QueueTarget }) {
  const client = useQueryClient();
  const [skip, setSkip] = useState<string[]>([]);
  const next = useNextPair(skip, target);
  const [lastVote, setLastVote] = useState<{ left: string; right: string; choice: Choice } | null>(null);
  const [markingGold, setMarkingGold] = useState(false);
  const [history, setHistory] = useState<NonNullable<typeof next.data>[]>([]);
  const [back, setBack] = useState<NonNullable<typeof next.data> | null>(null);
  const [revealed, setRevealed] = useState<string | null>(null);
  const vote = useVote();
  const ratingsRef = useRef<HTMLDivElement>(null);
  const pair = back ?? next.data ?? null;

  function cast(choice: Choice) {
    if (!pair || vote.isPending) return;
    vote.mutate(
      { completionAId: pair.left.completionId, completionBId: pair.right.completionId, choice },
      {
        onSuccess: ({ revealed: names }) => {
          setRevealed(names ? `A was ${names.left}, B was ${names.right}.` : "Saved; the names stay hidden until that blind session is revealed.");
          setHistory((items) => [...items, pair]);
          setLastVote({ left: pair.left.completionId, right: pair.right.completionId, choice });
          setMarkingGold(false);
          setBack(null);
          // The pair just judged is excluded by the server now: ask again.
          void client.invalidateQueries({ queryKey: reviewKeys.all });
        },
      },
    );
  }

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      const target = event.target as HTMLElement;
      if (target.closest("input, textarea, select") || event.ctrlKey || event.metaKey || event.altKey) return;
      const choice = choices.find((item) => item.key === event.key);
      if (choice) cast(choice.choice);
      else if (event.key === "j" && pair) {
        setBack(null);
        setSkip((items) => [...items, [pair.left.completionId, pair.right.completionId].sort().join("|")]);
      } else if (event.key === "k" && history.length > 0) {
        setBack(history.at(-1)!);
        setHistory((items) => items.slice(0, -1));
      } else if (event.key === "r") ratingsRef.current?.querySelector("button")?.focus();
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  });

  if (next.isPending && !back) return <p className="text-sm text-muted-foreground">Finding a pair…</p>;
  if (!pair) {
    return (
      <EmptyState icon={Scale} title="Nothing left to review" action={{ href: "/leaderboard", label: "See the leaderboard" }}>
        <p>{revealed ? `${revealed} ` : ""}Pairs appear here when two variants have answered the same prompt in a session.</p>
      </EmptyState>
    );
  }
  return (
    <div className="space-y-4" data-testid="review-pair" data-pair={`${pair.left.completionId}|${pair.right.completionId}`}>
      {revealed && (
        <div className="flex items-center gap-2 rounded-md bg-accent px-3 py-2 text-sm text-accent-foreground">
          <p data-testid="revealed">Last vote: {revealed}</p>
          {canMarkGold && lastVote && !markingGold && (
            <Button variant="ghost" size="sm" className="ml-auto" onClick={() => setMarkingGold(true)}>
              Mark as gold…
            </Button>
          )}
        </div>
      )}
      {markingGold && lastVote && <MarkGoldForm key={`${lastVote.left}|${lastVote.right}`} pair={lastVote} initial={lastVote.choice} onDone={() => setMarkingGold(false)} />}
      <p className="rounded-lg border border-border bg-muted/40 px-4 py-3 text-sm whitespace-pre-wrap">
        <span className="font-semibold text-muted-foreground">Prompt · </span>
        {pair.prompt}
      </p>
      <div className="grid gap-4 lg:grid-cols-2">
        {[
          ["A", pair.left],
          ["B", pair.right],
        ].map(([label, side]) => (
          <section key={label as string} className="min-w-0 rounded-lg border border-border bg-card p-4 shadow-xs" data-testid={`side-${label}`}>
            <p className="mb-2 flex items-center gap-2 text-sm font-semibold">
              <span className="flex size-6 items-center justify-center rounded-md bg-primary text-xs text-primary-foreground">{label as string}</span> Answer {label as string}
            </p>
            <Markdown text={(side as { text: string }).text} />
          </section>
        ))}
      </div>
      <div className="flex flex-wrap items-center gap-2">
        <div className="grid w-full grid-cols-2 gap-2 sm:flex sm:w-auto">
          {choices.map((item) => (
            <Button key={item.key} variant={item.choice === "both_bad" ? "danger" : "outline"} onClick={() => cast(item.choice)} disabled={vote.isPending}>
              <kbd className="rounded border border-border bg-muted px-1 font-mono text-xs text-muted-foreground">{item.key}</kbd> {item.label}
            </Button>
          ))}
        </div>
        <span className="text-xs text-muted-foreground sm:ml-auto">
          <kbd>j</kbd> skip · <kbd>k</kbd> back · <kbd>r</kbd> rate · {pair.remaining} pairs left
        </span>
      </div>
      <div ref={ratingsRef}>
        <RatingPanel completionIds={[pair.left.completionId, pair.right.completionId]} />
      </div>
    </div>
  );
}

function RatingPanel({ completionIds }: { completionIds: [string, string] }) {
  const criteria = useCriteria();
  const rate = useRateAnswer(reviewKeys.leaderboard());
  const [given, setGiven] = useState<Record<string, number>>({});
  return (
    <section className="grid gap-4 rounded-lg border border-border bg-card p-4 lg:grid-cols-2" aria-label="Rate the answers" data-testid="rating-panel">
      {completionIds.map((completionId, index) => (
        <div key={completionId}>
          <p className="mb-1 text-xs font-semibold text-muted-foreground">Rate answer {index === 0 ? "A" : "B"} (1–5)</p>
          {criteria.data?.map((criterion) => (
            <div key={criterion} className="flex items-center gap-2 py-0.5 text-sm">
              <span className="w-28 text-muted-foreground">{criterion}</span>
              {[1, 2, 3, 4, 5].map((score) => {
                const chosen = given[`${completionId}|${criterion}`] === score;
                return (
                  <button
                    key={score}
                    type="button"
                    aria-label={`${index === 0 ? "A" : "B"} ${criterion} ${score}`}
                    aria-pressed={chosen}
                    onClick={() => rate.mutate({ completionId, criterion, score }, { onSuccess: () => setGiven((current) => ({ ...current, [`${completionId}|${criterion}`]: score })) })}
                    className={`size-8 rounded-md border text-xs transition-colors outline-none focus-visible:ring-2 focus-visible:ring-ring ${chosen ? "border-primary bg-primary text-primary-foreground" : "border-input bg-card hover:bg-muted"}`}
                  >
                    {score}
                  </button>
                );
              })}
            </div>
          ))}
        </div>
      ))}
    </section>
  );
}
