"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { EmptyState } from "@/components/ui/empty-state";
import { leaderboardApi, type LeaderboardQuery } from "@/lib/api-client/leaderboard";
import { LeaderboardFilters, defaultFilters, type Filters } from "./leaderboard-filters";
import { LeaderboardJudge } from "./leaderboard-judge";
import { LeaderboardNotes } from "./leaderboard-notes";
import { LeaderboardTable } from "./leaderboard-table";
import { WinRateGrid } from "./win-rate-grid";
import { reviewKeys } from "./use-review";

const noneWords = { humans: "votes", judge: "judge verdicts", both: "votes or judge verdicts" } as const;
const sourceWords = { humans: "human votes", judge: "judge verdicts", both: "human votes and judge verdicts" } as const;

/** The filters as the route's query: empty fields and the default source left out. */
function queryOf(filters: Filters): LeaderboardQuery {
  const given = (value: string) => value || undefined;
  return {
    sessionId: given(filters.sessionId),
    datasetId: given(filters.datasetId),
    from: given(filters.from),
    to: given(filters.to),
    criterion: given(filters.criterion),
    source: filters.source === "humans" ? undefined : filters.source,
    judgingId: given(filters.judgingId),
    lengthControl: filters.lengthControl === "true" ? "true" : undefined,
  };
}

export function LeaderboardView() {
  const [filters, setFilters] = useState<Filters>(defaultFilters);
  const query = queryOf(filters);
  const board = useQuery({ queryKey: [...reviewKeys.leaderboard(), filters], queryFn: async () => (await leaderboardApi().get(query)).leaderboard, placeholderData: keepPreviousData });
  const filtered = Object.values(query).some((value) => value !== undefined);
  if (board.isPending) return <p className="text-sm text-muted-foreground">Fitting…</p>;
  if (board.isError) return <p className="text-sm text-red-700 dark:text-red-300">{board.error.message}</p>;
  const data = board.data;
  if (data.variants.length === 0 && !filtered) {
    return (
      <EmptyState icon="🏆" title="No votes yet" action={{ href: "/review", label: "Go to the review queue" }}>
        <p>The ranking appears once reviewers have voted on pairs of answers. Every rating comes with its interval, so close calls look close.</p>
      </EmptyState>
    );
  }
  const filterBar = <LeaderboardFilters filters={filters} onChange={setFilters} judgings={data.judge?.judgings ?? []} />;
  if (data.variants.length === 0) {
    return (
      <div className="space-y-4">
        {filterBar}
        <p className="text-sm text-muted-foreground">No {noneWords[data.source]} match these filters.</p>
        {data.judge && <LeaderboardJudge judge={data.judge} />}
      </div>
    );
  }

  return (
    <div className="space-y-6">
      {filterBar}
      <p className="text-sm text-muted-foreground" data-testid="leaderboard-summary">
        Ranked from {sourceWords[data.source]}
        {data.source === "both" ? ` (${data.humanVotes} human, ${data.judgeVerdicts} judge)` : ""}
        {data.excludedReviewers > 0 && data.source !== "judge" ? `, leaving out ${data.excludedReviewers === 1 ? "the one excluded reviewer" : `the ${data.excludedReviewers} excluded reviewers`}` : ""}. {data.fittedVotes} votes
        fitted ({data.bothBad} “both bad” counted but not ranked) · Bradley–Terry ratings on an Elo-like scale (1000 = the middle of the group) with bootstrap 95% intervals. Where
        intervals overlap, the votes do not yet say which variant is better.
      </p>
      <LeaderboardTable data={data} />
      {data.lengthControl && (
        <p className="text-sm text-muted-foreground" data-testid="length-effect">
          Length-controlled ratings fit the answers’ length difference beside the variants (as Chatbot Arena’s style control does), so a variant is not credited for wins its
          longer answers explain (the orange mark in each bar). Length effect γ = {data.lengthControl.gamma.estimate.toFixed(2)} (95% CI {data.lengthControl.gamma.low.toFixed(2)} –{" "}
          {data.lengthControl.gamma.high.toFixed(2)}) in log-odds for a typical difference ({Math.round(data.lengthControl.scale * 100)}% of the pair’s combined length);{" "}
          {data.lengthControl.gamma.low > 0 ? "the longer answer is favoured." : data.lengthControl.gamma.high < 0 ? "the shorter answer is favoured." : "no clear preference for either length."}
        </p>
      )}
      <LeaderboardNotes data={data} />
      {data.judge && <LeaderboardJudge judge={data.judge} />}
      <WinRateGrid variants={data.variants} pairs={data.matrix} />
      {data.ratings.length > 0 && (
        <section>
          <h2 className="mb-2 text-sm font-semibold">Mean ratings</h2>
          <ul className="text-sm">
            {data.ratings.map((rating) => (
              <li key={`${rating.variantId}-${rating.criterion}`}>
                {rating.name} · {rating.criterion}: {rating.mean.toFixed(2)}
                {rating.low !== null && rating.high !== null ? ` (${rating.low.toFixed(2)}–${rating.high.toFixed(2)})` : ""} · n={rating.n}
              </li>
            ))}
          </ul>
        </section>
      )}
      <p className="text-xs text-muted-foreground">
        Agreement between reviewers (Krippendorff’s α, 1 = perfect, 0 = chance): votes{" "}
        {data.agreement.votes.alpha === null ? "— (needs two reviewers on the same pairs)" : `${data.agreement.votes.alpha.toFixed(2)} over ${data.agreement.votes.sharedItems} shared pairs`}, ratings (ordinal){" "}
        {data.agreement.ratings.alpha === null ? "—" : `${data.agreement.ratings.alpha.toFixed(2)} over ${data.agreement.ratings.sharedItems} shared answers`}.
      </p>
    </div>
  );
}
