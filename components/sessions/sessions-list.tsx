"use client";

import Link from "next/link";
import { useEffect, useState } from "react";
import { EmptyState } from "@/components/ui/empty-state";
import { formatUsd } from "../compare/format";
import { useSessionList, type SessionQuery } from "./use-sessions";

export function SessionsList() {
  const [search, setSearch] = useState("");
  const [query, setQuery] = useState<SessionQuery>({ q: "", sort: "newest", page: 1 });
  // Search as you type, without a request per keystroke.
  useEffect(() => {
    const timer = setTimeout(() => setQuery((current) => (current.q === search ? current : { ...current, q: search, page: 1 })), 250);
    return () => clearTimeout(timer);
  }, [search]);
  const list = useSessionList(query);
  const pages = list.data ? Math.max(1, Math.ceil(list.data.total / list.data.pageSize)) : 1;

  if (list.data && list.data.total === 0 && !query.q) {
    return (
      <EmptyState icon="🗂" title="No sessions yet" action={{ href: "/compare", label: "Start comparing" }}>
        <p>Every comparison you run in Compare is saved here as you go, so you can come back to it, chart it and export it.</p>
      </EmptyState>
    );
  }
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap gap-2">
        <input
          type="search"
          aria-label="Search sessions"
          placeholder="Search titles and prompts…"
          value={search}
          onChange={(event) => setSearch(event.target.value)}
          className="w-80 rounded-md bg-card px-3 py-2 text-sm ring-1 ring-input focus:ring-2 focus:ring-ring focus:outline-none"
        />
        <select
          aria-label="Sort"
          value={query.sort}
          onChange={(event) => setQuery({ ...query, sort: event.target.value as SessionQuery["sort"], page: 1 })}
          className="rounded-md bg-card px-2 py-2 text-sm ring-1 ring-input"
        >
          <option value="newest">Newest first</option>
          <option value="oldest">Oldest first</option>
          <option value="title">Title A–Z</option>
        </select>
      </div>
      <div className="overflow-hidden rounded-lg bg-card ring-1 ring-border">
        <table className="w-full text-left text-sm" data-testid="sessions-table">
          <thead className="bg-muted/50 text-xs text-muted-foreground uppercase">
            <tr>
              <th className="px-4 py-2">Title</th>
              <th className="px-4 py-2">Columns</th>
              <th className="px-4 py-2">Turns</th>
              <th className="px-4 py-2">Cost</th>
              <th className="px-4 py-2">Created</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-border">
            {list.data?.sessions.map((item) => (
              <tr key={item.id} className="hover:bg-muted/50">
                <td className="px-4 py-2 font-medium">
                  <Link href={`/sessions/${item.id}`} className="hover:text-primary">
                    {item.title}
                  </Link>
                  {item.blind && <span className="ml-2 rounded bg-muted px-1.5 text-xs text-muted-foreground">blind</span>}
                </td>
                <td className="max-w-xs truncate px-4 py-2 text-muted-foreground">{item.columns.join(", ")}</td>
                <td className="px-4 py-2 tabular-nums">{item.turnCount}</td>
                <td className="px-4 py-2 tabular-nums">{formatUsd(item.totalCostUsd)}</td>
                <td className="px-4 py-2 text-muted-foreground">{new Date(item.createdAt).toLocaleString()}</td>
              </tr>
            ))}
            {list.data?.sessions.length === 0 && (
              <tr>
                <td colSpan={5} className="px-4 py-6 text-center text-muted-foreground">
                  No session matches “{query.q}”.
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
      <div className="flex items-center justify-between text-sm text-muted-foreground">
        <span>{list.data ? `${list.data.total} sessions` : ""}</span>
        <div className="flex items-center gap-2">
          <button type="button" disabled={query.page <= 1} onClick={() => setQuery({ ...query, page: query.page - 1 })} className="rounded px-2 py-1 ring-1 ring-input disabled:opacity-40">
            Previous
          </button>
          <span>
            Page {query.page} of {pages}
          </span>
          <button type="button" disabled={query.page >= pages} onClick={() => setQuery({ ...query, page: query.page + 1 })} className="rounded px-2 py-1 ring-1 ring-input disabled:opacity-40">
            Next
          </button>
        </div>
      </div>
    </div>
  );
}
