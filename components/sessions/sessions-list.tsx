"use client";

import { ChevronLeft, ChevronRight, EyeOff, MessagesSquare, Search } from "lucide-react";
import Link from "next/link";
import { useEffect, useState } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/native-select";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow, TableMessage } from "@/components/ui/table";
import { formatUsd } from "@/lib/format/money";
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
      <EmptyState icon={MessagesSquare} title="No sessions yet" action={{ href: "/compare", label: "Start comparing" }}>
        <p>Every comparison you run in Compare is saved here as you go, so you can come back to it, chart it and export it.</p>
      </EmptyState>
    );
  }
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap gap-2">
        <div className="relative w-full sm:w-80">
          <Search className="pointer-events-none absolute top-1/2 left-2.5 size-4 -translate-y-1/2 text-muted-foreground" aria-hidden />
          <Input type="search" aria-label="Search sessions" placeholder="Search titles and prompts…" value={search} onChange={(event) => setSearch(event.target.value)} className="pl-8" />
        </div>
        <NativeSelect
          aria-label="Sort"
          className="w-40"
          value={query.sort}
          onChange={(event) => setQuery({ ...query, sort: event.target.value as SessionQuery["sort"], page: 1 })}
        >
          <option value="newest">Newest first</option>
          <option value="oldest">Oldest first</option>
          <option value="title">Title A–Z</option>
        </NativeSelect>
      </div>
      <Table data-testid="sessions-table">
        <TableHeader>
          <TableRow>
            <TableHead>Title</TableHead>
            <TableHead className="hidden md:table-cell">Columns</TableHead>
            <TableHead className="text-right">Turns</TableHead>
            <TableHead className="text-right">Cost</TableHead>
            <TableHead className="hidden sm:table-cell">Created</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {list.data?.sessions.map((item) => (
            <TableRow key={item.id}>
              <TableCell className="font-medium">
                <span className="flex min-w-0 items-center gap-2">
                  <Link href={`/sessions/${item.id}`} className="text-foreground hover:text-primary hover:underline">
                    {item.title}
                  </Link>
                  {item.blind && (
                    <Badge variant="secondary">
                      <EyeOff aria-hidden />
                      blind
                    </Badge>
                  )}
                </span>
              </TableCell>
              <TableCell className="hidden max-w-xs truncate text-muted-foreground md:table-cell" title={item.columns.join(", ")}>
                {item.columns.join(", ")}
              </TableCell>
              <TableCell className="text-right tabular-nums">{item.turnCount}</TableCell>
              <TableCell className="text-right tabular-nums">{formatUsd(item.totalCostUsd)}</TableCell>
              <TableCell className="hidden whitespace-nowrap text-muted-foreground sm:table-cell">{new Date(item.createdAt).toLocaleString()}</TableCell>
            </TableRow>
          ))}
          {list.data?.sessions.length === 0 && (
            <TableMessage colSpan={5}>No session matches “{query.q}”.</TableMessage>
          )}
        </TableBody>
      </Table>
      <div className="flex flex-wrap items-center justify-between gap-2 text-sm text-muted-foreground">
        <span>{list.data ? `${list.data.total} sessions` : ""}</span>
        <div className="flex items-center gap-2">
          <Button variant="outline" size="sm" disabled={query.page <= 1} onClick={() => setQuery({ ...query, page: query.page - 1 })}>
            <ChevronLeft aria-hidden />
            Previous
          </Button>
          <span className="tabular-nums">
            Page {query.page} of {pages}
          </span>
          <Button variant="outline" size="sm" disabled={query.page >= pages} onClick={() => setQuery({ ...query, page: query.page + 1 })}>
            Next
            <ChevronRight aria-hidden />
          </Button>
        </div>
      </div>
    </div>
  );
}
