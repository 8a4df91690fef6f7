"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { EmptyState } from "@/components/ui/empty-state";
import { apiFetch } from "@/lib/api/http-client";
import type { leaderboard } from "@/lib/review/leaderboard";
import { LeaderboardFilters, type Filters } from "./leaderboard-filters";
import { LeaderboardNotes, record } from "./leaderboard-notes";
import { WinRateGrid } from "./win-rate-grid";
import { reviewKeys } from "./use-review";

type Board = Awaited<ReturnType<typeof leaderboard>>;

export function LeaderboardView() {
  const [filters, setFilters] = useState<Filters>({ sessionId: "", datasetId: "", from: "", to: "", criterion: "" });
  const search = new URLSearchParams(Object.entries(filters).filter(([, value]) => value !== ""));
  const board = useQuery({ queryKey: [...reviewKeys.leaderboard(), filters], queryFn: () => apiFetch<Board>(`/api/v1/leaderboard?${search}`), placeholderData: keepPreviousData });
  const filtered = Object.values(filters).some(Boolean);
  if (board.isPending) return <p className="text-sm text-zinc-500">Fitting…</p>;
  if (board.isError) return <p className="text-sm text-red-700">{board.error.message}</p>;
  const data = board.data;
  if (data.variants.length === 0 && !filtered) {
    return (
      <EmptyState icon="🏆" title="No votes yet" action={{ href: "/review", label: "Go to the review queue" }}>
        <p>The ranking appears once reviewers have voted on pairs of answers. Every rating comes with its interval, so close calls look close.</p>
      </EmptyState>
    );
  }
  if (data.variants.length === 0) {
    return (
      <div className="space-y-4">
        <LeaderboardFilters filters={filters} onChange={setFilters} />
        <p className="text-sm text-zinc-600">No votes match these filters.</p>
      </div>
    );
  }
  const min = Math.min(...data.variants.map((variant) => variant.low));
  const max = Math.max(...data.variants.map((variant) => variant.high));
  const x = (value: number) => `${((value - min) / Math.max(1, max - min)) * 100}%`;
  const grouped = data.groups.length > 1;

  return (
    <div className="space-y-6">
      <LeaderboardFilters filters={filters} onChange={setFilters} />
      <p className="text-sm text-zinc-600">
        {data.fittedVotes} votes fitted ({data.bothBad} “both bad” counted but not ranked) · Bradley–Terry ratings on an Elo-like scale (1000 = the middle of the
        group) with bootstrap 95% intervals. Where intervals overlap, the votes do not yet say which variant is better.
      </p>
      <table className="w-full rounded-lg bg-white text-left text-sm ring-1 ring-zinc-200" data-testid="leaderboard-table">
        <thead className="bg-zinc-50 text-xs text-zinc-500 uppercase">
          <tr>
            {grouped && <th className="px-3 py-2">Group</th>}
            <th className="px-3 py-2">#</th>
            <th className="px-3 py-2">Variant</th>
            <th className="px-3 py-2">Rating</th>
            <th className="px-3 py-2">95% interval</th>
            <th className="px-3 py-2">Votes</th>
            <th className="w-1/3 px-3 py-2" />
          </tr>
        </thead>
        <tbody className="divide-y divide-zinc-100">
          {data.variants.map((variant, index) => (
            <tr key={variant.id}>
              {grouped && <td className="px-3 py-2 tabular-nums">{variant.group + 1}</td>}
              <td className="px-3 py-2 tabular-nums">{data.variants.slice(0, index).filter((other) => other.group === variant.group).length + 1}</td>
              <td className="px-3 py-2 font-medium">
                {variant.name} <span className="text-xs font-normal text-zinc-500">{variant.model}{variant.simulated && !variant.model.includes("simulated") ? " · simulated" : ""}</span>
                {variant.flag !== null && <span className="ml-2 rounded bg-amber-100 px-1.5 text-xs font-normal text-amber-800">{variant.flag === "no-losses" ? "no losses yet" : "no wins yet"}</span>}
              </td>
              <td className="px-3 py-2 tabular-nums">{Math.round(variant.rating)}</td>
              <td className="px-3 py-2 text-zinc-600 tabular-nums">
                {Math.round(variant.low)} – {Math.round(variant.high)}
              </td>
              <td className="px-3 py-2 text-zinc-600 tabular-nums" title={record(variant)}>
                {variant.votes}
              </td>
              <td className="px-3 py-2">
                <div className="relative h-3 rounded bg-zinc-100" aria-hidden>
                  <div className="absolute top-0 h-3 rounded bg-indigo-200" style={{ left: x(variant.low), width: `calc(${x(variant.high)} - ${x(variant.low)})` }} />
                  <div className="absolute top-0 h-3 w-0.5 bg-indigo-700" style={{ left: x(variant.rating) }} />
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <LeaderboardNotes data={data} />
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
      <p className="text-xs text-zinc-500">
        Agreement between reviewers (Krippendorff’s α, 1 = perfect, 0 = chance): votes{" "}
        {data.agreement.votes.alpha === null ? "— (needs two reviewers on the same pairs)" : `${data.agreement.votes.alpha.toFixed(2)} over ${data.agreement.votes.sharedItems} shared pairs`}, ratings (ordinal){" "}
        {data.agreement.ratings.alpha === null ? "—" : `${data.agreement.ratings.alpha.toFixed(2)} over ${data.agreement.ratings.sharedItems} shared answers`}.
      </p>
    </div>
  );
}
