"use client";

import { Fragment, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { toast } from "@/components/ui/sonner";
import type { Flag, Share } from "@/lib/review/reviewer-quality";
import { useEndExclusion, useExcludeReviewer, useReviewers, type ReviewerRow } from "./use-reviewers";
import { Table, TableHeader, TableBody, TableRow, TableHead, TableCell, TableMessage } from "../ui/table";

const flagText: Record<Flag, { label: string; title: string }> = {
  "too-fast": { label: "too fast", title: "Half or more of the votes came less than 3 s after the pair was shown." },
  "side-bias": { label: "side bias", title: "The answer shown on the left wins more (or less) often than chance allows (p < 0.05)." },
  "low-agreement": { label: "disagrees", title: "Even the upper end of the interval is under one half: this reviewer rarely sides with the others." },
  "low-gold-accuracy": { label: "misses gold", title: "Even the upper end of the interval is under one half on pairs with a known answer." },
};

const percent = (value: number) => `${Math.round(value * 100)}`;

/** "67 % · 2 of 3 (21–94 %)", or a dash when there is nothing to count. */
function ShareCell({ share, testId }: { share: Share; testId: string }) {
  if (share.rate === null) return <span className="text-muted-foreground/70">—</span>;
  return (
    <span data-testid={testId}>
      <span className="font-medium">{percent(share.rate)} %</span>
      <span className="block text-xs whitespace-nowrap text-muted-foreground">
        {share.count} of {share.n} · {percent(share.ci95[0])}–{percent(share.ci95[1])} %
      </span>
    </span>
  );
}

export function ReviewersTable() {
  const reviewers = useReviewers();
  return (
    <Table className="text-left" data-testid="reviewers-table">
      <TableHeader>
        <TableRow>
          <TableHead>Reviewer</TableHead>
          <TableHead className="text-right">Votes</TableHead>
          <TableHead title="Votes matching the majority of the other reviewers on the same pair (pairs where they split evenly are left out), with a 95 % interval">
            Agrees with others
          </TableHead>
          <TableHead title="Decisive votes won by the answer shown on the left; p from an exact binomial test against one half">
            Left side wins
          </TableHead>
          <TableHead title="Median time from the queue showing the pair to the vote">
            Time per vote
          </TableHead>
          <TableHead title="Votes on gold pairs matching the known answer, with a 95 % interval">
            Gold accuracy
          </TableHead>
          <TableHead>On the leaderboard</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {reviewers.isPending && (
          <TableMessage colSpan={7}>Loading…</TableMessage>
        )}
        {reviewers.data?.length === 0 && (
          <TableMessage colSpan={7}>No reviewers yet.</TableMessage>
        )}
        {reviewers.data?.map((reviewer) => (
          <ReviewerLine key={reviewer.id} reviewer={reviewer} />
        ))}
      </TableBody>
    </Table>
  );
}

function ReviewerLine({ reviewer }: { reviewer: ReviewerRow }) {
  const { quality } = reviewer;
  const [open, setOpen] = useState(false);
  const side = quality.leftWins;
  return (
    <Fragment>
      <TableRow data-testid={`reviewer-${reviewer.email}`} className={reviewer.excluded ? "bg-muted/50" : ""}>
        <TableCell className="py-2">
          <span className="block font-medium">{reviewer.name}</span>
          <span className="block text-xs text-muted-foreground">{reviewer.email}</span>
          <span className="mt-1 flex flex-wrap gap-1">
            {quality.flags.map((flag) => (
              <span key={flag} title={flagText[flag].title} data-testid="quality-flag" className="rounded-full bg-amber-100 dark:bg-amber-500/15 px-2 py-0.5 text-xs text-amber-900 dark:text-amber-300">
                {flagText[flag].label}
              </span>
            ))}
          </span>
        </TableCell>
        <TableCell className="py-2 text-right tabular-nums">{quality.votes}</TableCell>
        <TableCell className="py-2">
          <ShareCell share={quality.agreement} testId="agreement" />
        </TableCell>
        <TableCell className="py-2">
          {side.rate === null ? (
            <span className="text-muted-foreground/70">—</span>
          ) : (
            <span data-testid="left-wins">
              <span className="font-medium">
                {side.count} of {side.n}
              </span>
              <span className="block text-xs text-muted-foreground">p = {side.pValue! < 0.001 ? "< 0.001" : side.pValue!.toFixed(3)}</span>
            </span>
          )}
        </TableCell>
        <TableCell className="py-2">
          {quality.time.medianMs === null ? (
            <span className="text-muted-foreground/70">—</span>
          ) : (
            <span data-testid="median-time">
              <span className="font-medium">{(quality.time.medianMs / 1000).toFixed(1)} s</span>
              <span className="block text-xs text-muted-foreground">median of {quality.time.timedVotes}</span>
            </span>
          )}
        </TableCell>
        <TableCell className="py-2">
          <ShareCell share={quality.gold} testId="gold-accuracy" />
        </TableCell>
        <TableCell className="py-2">
          <ExclusionState reviewer={reviewer} historyOpen={open} onToggleHistory={() => setOpen(!open)} />
        </TableCell>
      </TableRow>
      {open && (
        <TableRow>
          <TableCell colSpan={7} className="bg-muted/50 px-4 py-3">
            <ExclusionHistory reviewer={reviewer} />
          </TableCell>
        </TableRow>
      )}
    </Fragment>
  );
}

function ExclusionState({ reviewer, historyOpen, onToggleHistory }: { reviewer: ReviewerRow; historyOpen: boolean; onToggleHistory: () => void }) {
  const exclude = useExcludeReviewer();
  const end = useEndExclusion();
  const [reason, setReason] = useState<string | null>(null);

  function submit(event: FormEvent) {
    event.preventDefault();
    exclude.mutate(
      { id: reviewer.id, reason: reason ?? "" },
      {
        onSuccess: () => {
          setReason(null);
          toast.success(`${reviewer.name}'s votes are left out of the leaderboard`);
        },
      },
    );
  }

  return (
    <div className="space-y-1">
      {reviewer.excluded ? (
        <p className="text-xs text-red-700 dark:text-red-300" data-testid="excluded">
          Left out since {new Date(reviewer.excluded.createdAt).toLocaleDateString()}: {reviewer.excluded.reason}
        </p>
      ) : (
        <p className="text-xs text-muted-foreground">Counted</p>
      )}
      {reason !== null ? (
        <form onSubmit={submit} className="flex gap-1" aria-label={`Exclude ${reviewer.name}`}>
          <input
            aria-label={`Why leave out ${reviewer.name}'s votes`}
            required
            autoFocus
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            placeholder="Reason"
            className="w-40 rounded-md px-2 py-1 text-xs ring-1 ring-input ring-inset"
          />
          <Button type="submit" variant="danger" className="px-2 py-1 text-xs" disabled={exclude.isPending}>
            Exclude
          </Button>
          <Button variant="ghost" className="px-2 py-1 text-xs" onClick={() => setReason(null)}>
            Cancel
          </Button>
        </form>
      ) : (
        <div className="flex gap-1">
          {reviewer.excluded ? (
            <Button variant="secondary" className="px-2 py-1 text-xs" disabled={end.isPending} onClick={() => end.mutate(reviewer.id, { onSuccess: () => toast.success(`${reviewer.name}'s votes count again`) })}>
              Include again
            </Button>
          ) : (
            <Button variant="danger" className="px-2 py-1 text-xs" onClick={() => setReason("")}>
              Exclude…
            </Button>
          )}
          {reviewer.history.length > 0 && (
            <Button variant="ghost" className="px-2 py-1 text-xs" aria-expanded={historyOpen} onClick={onToggleHistory}>
              History ({reviewer.history.length})
            </Button>
          )}
        </div>
      )}
    </div>
  );
}

function ExclusionHistory({ reviewer }: { reviewer: ReviewerRow }) {
  return (
    <ol className="space-y-1 text-xs text-foreground/80" aria-label={`Exclusions of ${reviewer.name}`} data-testid="exclusion-history">
      {reviewer.history.map((row) => (
        <li key={row.id}>
          Left out {new Date(row.createdAt).toLocaleString()} by {row.createdBy.name}: “{row.reason}”
          {row.endedAt ? ` — counted again ${new Date(row.endedAt).toLocaleString()} by ${row.endedBy?.name ?? "?"}` : " — still left out"}
        </li>
      ))}
    </ol>
  );
}
