"use client";

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

const control = "rounded-md bg-card px-2 py-1.5 text-sm ring-1 ring-input";

/** Narrow the leaderboard to one session, the runs of one dataset, a time range, or one rating
 * criterion; pick whose votes count (humans, a judge, or both) and whether to control for
 * length; export what is shown. */
export function LeaderboardFilters({ filters, onChange, judgings }: { filters: Filters; onChange: (filters: Filters) => void; judgings: JudgingOption[] }) {
  const sessions = useSessionList({ q: "", sort: "newest", page: 1 });
  const criteria = useCriteria();
  const datasets = useDatasets();
  const exportQuery = `${filters.sessionId ? `&sessionId=${filters.sessionId}` : ""}${filters.datasetId ? `&datasetId=${filters.datasetId}` : ""}`;
  return (
    <div className="flex flex-wrap items-end gap-3 text-sm" data-testid="leaderboard-filters">
      <label>
        <span className="mb-1 block text-xs text-muted-foreground">Session</span>
        <select aria-label="Session filter" className={control} value={filters.sessionId} onChange={(event) => onChange({ ...filters, sessionId: event.target.value })}>
          <option value="">All sessions</option>
          {sessions.data?.sessions.map((session) => (
            <option key={session.id} value={session.id}>
              {session.title}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span className="mb-1 block text-xs text-muted-foreground">Dataset (its runs)</span>
        <select aria-label="Dataset filter" className={control} value={filters.datasetId} onChange={(event) => onChange({ ...filters, datasetId: event.target.value })}>
          <option value="">All datasets</option>
          {datasets.data?.map((dataset) => (
            <option key={dataset.id} value={dataset.id}>
              {dataset.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span className="mb-1 block text-xs text-muted-foreground">Votes from</span>
        <input type="date" aria-label="From date" className={control} value={filters.from} onChange={(event) => onChange({ ...filters, from: event.target.value })} />
      </label>
      <label>
        <span className="mb-1 block text-xs text-muted-foreground">to</span>
        <input type="date" aria-label="To date" className={control} value={filters.to} onChange={(event) => onChange({ ...filters, to: event.target.value ? `${event.target.value}T23:59:59` : "" })} />
      </label>
      <label>
        <span className="mb-1 block text-xs text-muted-foreground">Ratings criterion</span>
        <select aria-label="Criterion filter" className={control} value={filters.criterion} onChange={(event) => onChange({ ...filters, criterion: event.target.value })}>
          <option value="">All criteria</option>
          {criteria.data?.map((criterion) => (
            <option key={criterion} value={criterion}>
              {criterion}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span className="mb-1 block text-xs text-muted-foreground">Whose votes</span>
        <select
          aria-label="Source"
          className={control}
          value={filters.source}
          onChange={(event) => onChange({ ...filters, source: event.target.value as Filters["source"], judgingId: event.target.value === "humans" ? "" : filters.judgingId })}
        >
          <option value="humans">Human reviewers</option>
          <option value="judge">Judge</option>
          <option value="both">Humans and judge</option>
        </select>
      </label>
      {filters.source !== "humans" && (
        <label>
          <span className="mb-1 block text-xs text-muted-foreground">Judging</span>
          <select aria-label="Judging filter" className={`${control} max-w-xs`} value={filters.judgingId} onChange={(event) => onChange({ ...filters, judgingId: event.target.value })}>
            <option value="">All judgings</option>
            {judgings.map((judging) => (
              <option key={judging.id} value={judging.id}>
                {judging.judge}: {judging.rubric.length > 40 ? `${judging.rubric.slice(0, 40)}…` : judging.rubric} ({judging.verdicts})
              </option>
            ))}
          </select>
        </label>
      )}
      <label className="flex items-center gap-1.5 self-center pt-4">
        <input type="checkbox" checked={filters.lengthControl === "true"} onChange={(event) => onChange({ ...filters, lengthControl: event.target.checked ? "true" : "" })} />
        Control for length
      </label>
      <span className="ml-auto flex gap-2 text-xs">
        Export:
        <a className="text-primary underline" href={`/api/v1/review/export?kind=votes&format=csv${exportQuery}`} download>
          votes CSV
        </a>
        <a className="text-primary underline" href={`/api/v1/review/export?kind=ratings&format=csv${exportQuery}`} download>
          ratings CSV
        </a>
        <a className="text-primary underline" href={`/api/v1/review/export?kind=votes&format=json${exportQuery}`} download>
          votes JSON
        </a>
      </span>
    </div>
  );
}
