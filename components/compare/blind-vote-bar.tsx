"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { toast } from "@/components/ui/sonner";
import { useVote } from "../review/use-review";

interface VotableAnswer {
  columnLabel: string;
  completionId: string;
}

const choices = [
  { choice: "a", label: (left: string) => `${left} is better` },
  { choice: "b", label: (_left: string, right: string) => `${right} is better` },
  { choice: "tie", label: () => "Tie" },
  { choice: "both_bad", label: () => "Both bad" },
] as const;

/** A blind vote right under a turn: pick two answered columns, say which is better. The vote is
 * the same as the review queue's (one per pair and reviewer, counted on the leaderboard), and it
 * reveals nothing: the names stay hidden until the session is revealed. */
export function BlindVoteBar({ answers }: { answers: VotableAnswer[] }) {
  // Until someone picks, the pair is the first two answered columns (more may finish later).
  const [pickedLeft, setLeft] = useState<string | null>(null);
  const [pickedRight, setRight] = useState<string | null>(null);
  const left = pickedLeft ?? answers[0]?.columnLabel ?? "";
  const right = pickedRight ?? answers[1]?.columnLabel ?? "";
  const [cast, setCast] = useState<string | null>(null);
  const vote = useVote();
  if (answers.length < 2) return null;
  const idOf = (label: string) => answers.find((answer) => answer.columnLabel === label)?.completionId;
  const picker = (value: string, onChange: (label: string) => void, name: string) => (
    <select aria-label={name} className="h-7 rounded-md border border-input bg-card px-1.5 text-xs text-foreground" value={value} onChange={(event) => onChange(event.target.value)}>
      {answers.map((answer) => (
        <option key={answer.columnLabel} value={answer.columnLabel}>
          {answer.columnLabel}
        </option>
      ))}
    </select>
  );
  return (
    <div className="flex flex-wrap items-center gap-2 rounded-md bg-accent/60 px-3 py-2 text-xs text-foreground" data-testid="blind-vote">
      <span className="font-medium">Blind vote:</span>
      {answers.length > 2 ? (
        <>
          {picker(left, setLeft, "First answer")} vs {picker(right, setRight, "Second answer")}
        </>
      ) : (
        <span>
          {left} vs {right}
        </span>
      )}
      {choices.map(({ choice, label }) => (
        <Button
          key={choice}
          variant="outline"
          size="sm"
          className="h-7 px-2 text-xs"
          disabled={vote.isPending || left === right}
          onClick={() =>
            vote.mutate(
              { completionAId: idOf(left)!, completionBId: idOf(right)!, choice },
              {
                onSuccess: () => {
                  setCast(`${label(left, right)} (${left} vs ${right})`);
                  toast.success("Vote saved — it counts on the leaderboard");
                },
              },
            )
          }
        >
          {label(left, right)}
        </Button>
      ))}
      {cast && <span className="text-muted-foreground" data-testid="blind-vote-cast">Your vote: {cast}</span>}
    </div>
  );
}
