"use client";

import { Search } from "lucide-react";
import { useState, type ReactNode } from "react";
import { cn } from "@/lib/ui/cn";
import { matchesSearch } from "@/lib/ui/text-search";
import { EmptyState } from "./empty-state";
import { SearchInput } from "./search-input";

/** A list the browser holds whole (prompts, datasets): a loading or error line, the empty state,
 * a search box that narrows the rows in place, and the form that adds to the list beside it
 * (below it on a phone). `columns` is the grid's Tailwind class for the list and the form. */
export function SearchableList<T>({
  list,
  fields,
  search,
  empty,
  table,
  aside,
  columns,
}: {
  list: { data: T[] | undefined; isPending: boolean; error: Error | null };
  /** The texts a search looks in, per row. */
  fields: (item: T) => Array<string | null | undefined>;
  search: { label: string; placeholder: string; noMatch: string };
  empty: ReactNode;
  table: (items: T[]) => ReactNode;
  aside?: ReactNode;
  columns: string;
}) {
  const [q, setQ] = useState("");
  const shown = list.data?.filter((item) => matchesSearch(q, fields(item))) ?? [];
  return (
    <div className={cn(aside && "grid items-start gap-6", aside && columns)}>
      <div className="min-w-0 space-y-3">
        {list.isPending && <p className="text-sm text-muted-foreground">Loading…</p>}
        {list.error && <p className="text-sm text-destructive">{list.error.message}</p>}
        {list.data?.length === 0 && empty}
        {list.data && list.data.length > 0 && (
          <>
            <div role="search">
              <SearchInput aria-label={search.label} placeholder={search.placeholder} value={q} onChange={(event) => setQ(event.target.value)} />
            </div>
            {shown.length === 0 ? <EmptyState icon={Search} title={search.noMatch} className="py-10" /> : table(shown)}
          </>
        )}
      </div>
      {aside}
    </div>
  );
}
