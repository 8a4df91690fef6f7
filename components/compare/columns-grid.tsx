"use client";

import { useEffect, useLayoutEffect, useRef, useState, type ReactNode } from "react";
import { cn } from "@/lib/ui/cn";
import type { SessionData } from "../sessions/use-sessions";
import { ColumnHeader } from "./column-header";

type Column = SessionData["columns"][number];
interface TurnLike {
  id: string;
  content: string;
}

/** Scrolls to a turn's start, just under the headers: the one scroller when the columns scroll
 * together, else each column's own. */
function scrollToTurn(box: HTMLElement, turnId: string, together: boolean) {
  const scrollers = together ? [box] : [...box.querySelectorAll<HTMLElement>("[data-column-scroller]")];
  for (const scroller of scrollers) {
    const turn = scroller.querySelector<HTMLElement>(`[data-turn="${turnId}"]`);
    if (!turn) continue;
    const header = together ? (scroller.querySelector<HTMLElement>('[data-testid="column-header"]')?.offsetHeight ?? 0) : 0;
    const top = turn.getBoundingClientRect().top - scroller.getBoundingClientRect().top + scroller.scrollTop - header;
    scroller.scrollTo({ top: Math.max(0, top), behavior: "smooth" });
  }
}

/** Every column side by side; wider than the screen, they scroll sideways under their headers.
 * Together (the default): one scroller, and each turn is one grid row across all columns (CSS
 * subgrid), so turn N of every column starts at the same height and stays side by side. Apart:
 * each column scrolls on its own, for reading one long answer against another's start. */
export function ColumnsGrid({
  sessionId,
  columns,
  turns,
  together,
  canEdit,
  renderAnswer,
}: {
  sessionId: string;
  columns: Column[];
  turns: TurnLike[];
  together: boolean;
  canEdit: boolean;
  renderAnswer: (turn: TurnLike, column: Column) => ReactNode;
}) {
  const scroller = useRef<HTMLDivElement>(null);
  const newestTurn = turns.at(-1)?.id;
  // The newest turn is at least as high as the view below the headers, so it can always be
  // scrolled to the top: after a long turn, a new one would otherwise stop at the bottom edge
  // (the scroller ends) and its answers stream out of sight.
  const [room, setRoom] = useState(0);
  useLayoutEffect(() => {
    const box = scroller.current;
    if (!box) return;
    const measure = () => {
      const view = together ? box : box.querySelector<HTMLElement>("[data-column-scroller]");
      const header = together ? (box.querySelector<HTMLElement>('[data-testid="column-header"]')?.offsetHeight ?? 0) : 0;
      if (view) setRoom(Math.max(0, view.clientHeight - header));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(box);
    return () => observer.disconnect();
  }, [together]);
  // A new turn (and the newest one when a session opens) scrolls into view.
  useEffect(() => {
    if (scroller.current && newestTurn) scrollToTurn(scroller.current, newestTurn, together);
  }, [newestTurn, together]);

  const rows = Math.max(turns.length, 1);
  return (
    <div
      ref={scroller}
      className={cn("min-h-0 flex-1 overscroll-contain rounded-lg", together ? "overflow-auto" : "overflow-x-auto overflow-y-hidden")}
      data-testid="columns-scroller"
      data-together={together}
    >
      <div
        className={cn("grid gap-x-3", !together && "h-full")}
        style={{ gridTemplateColumns: `repeat(${columns.length}, minmax(17rem, 1fr))`, gridTemplateRows: together ? `auto repeat(${rows}, auto)` : "100%" }}
        data-testid="columns"
      >
        {columns.map((column) => (
          <section
            key={column.id}
            className={cn("min-w-0 rounded-lg border border-border bg-card", together ? "grid grid-cols-[minmax(0,1fr)]" : "flex min-h-0 flex-col")}
            style={together ? { gridRow: "1 / -1", gridTemplateRows: "subgrid" } : undefined}
            data-testid={`column-${column.label}`}
            aria-label={`Column ${column.label}`}
          >
            <ColumnHeader sessionId={sessionId} column={column} canEdit={canEdit} sticky={together} />
            <ol
              className={cn("min-w-0 divide-y divide-border", together ? "grid grid-cols-[minmax(0,1fr)]" : "min-h-0 flex-1 overflow-y-auto overscroll-contain")}
              style={together ? { gridRow: "2 / -1", gridTemplateRows: "subgrid" } : undefined}
              data-column-scroller={together ? undefined : ""}
            >
              {turns.map((turn) => (
                <li key={turn.id} className="min-w-0 space-y-2 px-3 py-3" style={turn.id === newestTurn ? { minHeight: room } : undefined} data-turn={turn.id}>
                  <p className="rounded-md bg-muted px-2 py-1 text-xs whitespace-pre-wrap text-muted-foreground">
                    <span className="font-semibold text-muted-foreground/70">You · </span>
                    {turn.content}
                  </p>
                  {renderAnswer(turn, column)}
                </li>
              ))}
              {turns.length === 0 && <li className="px-3 py-6 text-center text-xs text-muted-foreground">Answers appear here.</li>}
            </ol>
          </section>
        ))}
      </div>
    </div>
  );
}
