"use client";

import { Download } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/native-select";
import { useDatasets } from "../datasets/use-datasets";
import { useSessionList } from "../sessions/use-sessions";
import { useCriteria } from "./use-review";

export interface Filters {
  sessionId: string;
  datasetId: string;
  from: string;
  to: string;
  criterion: string;
  source: "humans" | "judge" | "both";
  judgingId: string;
  /** "true" or "" (the query string carries it as is). */
  lengthControl: string;
}

export const defaultFilters: Filters = { sessionId: "", datasetId: "", from: "", to: "", criterion: "", source: "humans", judgingId: "", lengthControl: "" };

export interface JudgingOption {
  id: string;
  judge: string;
  rubric: string;
  verdicts: number;
}

const EXPORTS = [
  { label: "votes CSV", query: "kind=votes&format=csv" },
  { label: "ratings CSV", query: "kind=ratings&format=csv" },
  { label: "votes JSON", query: "kind=votes&format=json" },
];

/** Narrow the leaderboard to one session, the runs of one dataset, a time range, or one rating
 * criterion; pick whose votes count (humans, a judge, or both) and whether to control for
 * length; export what is shown. */
export function LeaderboardFilters({ filters, onChange, judgings }: { filters: Filters; onChange: (filters: Filters) => void; judgings: JudgingOption[] }) {
  const sessions = useSessionList({ q: "", sort: "newest", page: 1 });
  const criteria = useCriteria();
  const datasets = useDatasets();
  const exportQuery = `${filters.sessionId ? `&sessionId=${filters.sessionId}` : ""}${filters.datasetId ? `&datasetId=${filters.datasetId}` : ""}`;
  return (
    <div className="flex flex-wrap items-end gap-3 rounded-lg border border-border bg-card p-4 text-sm shadow-xs" data-testid="leaderboard-filters">
      <label>
        <span className="mb-1.5 block text-xs font-medium text-muted-foreground">Session</span>
        <NativeSelect aria-label="Session filter" className="w-44" value={filters.sessionId} onChange={(event) => onChange({ ...filters, sessionId: event.target.value })}>
          <option value="">All sessions</option>
          {sessions.data?.items.map((session) => (
            <option key={session.id} value={session.id}>
              {session.title}
            </option>
          ))}
        </NativeSelect>
      </label>
      <label>
        <span className="mb-1.5 block text-xs font-medium text-muted-foreground">Dataset (its runs)</span>
        <NativeSelect aria-label="Dataset filter" className="w-44" value={filters.datasetId} onChange={(event) => onChange({ ...filters, datasetId: event.target.value })}>
          <option value="">All datasets</option>
          {datasets.data?.map((dataset) => (
            <option key={dataset.id} value={dataset.id}>
              {dataset.name}
            </option>
          ))}
        </NativeSelect>
      </label>
      <label>
        <span className="mb-1.5 block text-xs font-medium text-muted-foreground">Votes from</span>
        <Input type="date" aria-label="From date" className="w-40" value={filters.from} onChange={(event) => onChange({ ...filters, from: event.target.value })} />
      </label>
      <label>
        <span className="mb-1.5 block text-xs font-medium text-muted-foreground">to</span>
        <Input type="date" aria-label="To date" className="w-40" value={filters.to} onChange={(event) => onChange({ ...filters, to: event.target.value ? `${event.target.value}T23:59:59` : "" })} />
      </label>
      <label>
        <span className="mb-1.5 block text-xs font-medium text-muted-foreground">Ratings criterion</span>
        <NativeSelect aria-label="Criterion filter" className="w-44" value={filters.criterion} onChange={(event) => onChange({ ...filters, criterion: event.target.value })}>
          <option value="">All criteria</option>
          {criteria.data?.map((criterion) => (
            <option key={criterion} value={criterion}>
              {criterion}
            </option>
          ))}
        </NativeSelect>
      </label>
      <label>
        <span className="mb-1.5 block text-xs font-medium text-muted-foreground">Whose votes</span>
        <NativeSelect
          aria-label="Source"
          className="w-44"
          value={filters.source}
          onChange={(event) => onChange({ ...filters, source: event.target.value as Filters["source"], judgingId: event.target.value === "humans" ? "" : filters.judgingId })}
        >
          <option value="humans">Human reviewers</option>
          <option value="judge">Judge</option>
          <option value="both">Humans and judge</option>
        </NativeSelect>
      </label>
      {filters.source !== "humans" && (
        <label>
          <span className="mb-1.5 block text-xs font-medium text-muted-foreground">Judging</span>
          <NativeSelect aria-label="Judging filter" className="w-64 max-w-full" value={filters.judgingId} onChange={(event) => onChange({ ...filters, judgingId: event.target.value })}>
            <option value="">All judgings</option>
            {judgings.map((judging) => (
              <option key={judging.id} value={judging.id}>
                {judging.judge}: {judging.rubric.length > 40 ? `${judging.rubric.slice(0, 40)}…` : judging.rubric} ({judging.verdicts})
              </option>
            ))}
          </NativeSelect>
        </label>
      )}
      <label className="flex h-9 items-center gap-2 text-foreground">
        <input type="checkbox" className="size-4 accent-primary" checked={filters.lengthControl === "true"} onChange={(event) => onChange({ ...filters, lengthControl: event.target.checked ? "true" : "" })} />
        Control for length
      </label>
      <div className="flex flex-wrap items-center gap-1 sm:ml-auto">
        <span className="mr-1 text-xs text-muted-foreground">Export</span>
        {EXPORTS.map((item) => (
          <Button key={item.label} asChild variant="ghost" size="sm">
            <a href={`/api/v1/review/export?${item.query}${exportQuery}`} download>
              <Download aria-hidden />
              {item.label}
            </a>
          </Button>
        ))}
      </div>
    </div>
  );
}
