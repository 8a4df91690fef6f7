"use client";

import { useVirtualizer } from "@tanstack/react-virtual";
import { useMemo, useRef } from "react";
import { formatCost } from "@/lib/format/money";
import { formatMs } from "@/lib/format/figures";
import { matrixRows } from "./matrix-rows";
import type { RunData, RunItemRow } from "./use-runs";

const ROW_HEIGHT = 76;
const VIEW_HEIGHT = 560;

function cellTone(item: RunItemRow): string {
  if (item.status === "pending") return "bg-muted/50 text-muted-foreground/70";
  if (item.status === "running") return "bg-sky-50 dark:bg-sky-500/15 text-sky-800 dark:text-sky-300 animate-pulse";
  if (item.status === "cancelled") return "bg-muted text-muted-foreground";
  if (item.status === "error") return "bg-red-50 dark:bg-red-500/15 text-red-800 dark:text-red-300 ring-red-200 dark:ring-red-500/30";
  return item.passed ? "bg-emerald-50 dark:bg-emerald-500/15 text-foreground ring-emerald-200 dark:ring-emerald-500/30" : "bg-amber-50 dark:bg-amber-500/15 text-foreground ring-amber-300 dark:ring-amber-500/30";
}

function cellVerdict(item: RunItemRow): string {
  if (item.status === "done") return item.passed ? "pass" : "fail";
  return item.status === "error" ? (item.completion?.errorKind ?? "error") : item.status;
}

/** The server's verdict (lib/runs/baseline.ts); none until both the cell and its baseline finished. */
function BaselineMark({ item }: { item: RunItemRow }) {
  switch (item.baseline?.verdict) {
    case "newly_failing":
      return <span title="Passed in the baseline, fails now" className="font-semibold text-red-700 dark:text-red-300">▼ newly failing</span>;
    case "fixed":
      return <span title="Failed in the baseline, passes now" className="font-semibold text-emerald-700 dark:text-emerald-300">▲ fixed</span>;
    case "changed":
      return <span title="The answer differs from the baseline's">Δ changed</span>;
    case "unchanged":
      return <span title="Same answer as the baseline">= same</span>;
    default:
      return null;
  }
}

/** Cases × variants, virtualised: only the rows in view are in the DOM, so 10,000 items scroll
 * as smoothly as 10. A cell opens the full answer. */
export function RunMatrix({ run, items, onOpen }: { run: RunData; items: RunItemRow[]; onOpen: (itemId: string) => void }) {
  const rows = useMemo(() => matrixRows(items, run.repetitions), [items, run.repetitions]);
  const scroller = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the matrix is not memoised by the compiler: it re-renders on scroll anyway
  const virtualizer = useVirtualizer({ count: rows.length, getScrollElement: () => scroller.current, estimateSize: () => ROW_HEIGHT, overscan: 5, initialRect: { width: 0, height: VIEW_HEIGHT } });
  const template = `minmax(12rem, 1.2fr) repeat(${run.variants.length}, minmax(14rem, 2fr))`;

  if (rows.length === 0) return <p className="text-sm text-muted-foreground">No items yet.</p>;
  return (
    <div className="overflow-x-auto rounded-lg bg-card ring-1 ring-border" data-testid="run-matrix">
      <div className="min-w-fit">
        <div className="grid border-b border-border bg-muted/50 text-xs font-medium text-muted-foreground" style={{ gridTemplateColumns: template }}>
          <div className="px-3 py-2">Case ({rows.length})</div>
          {run.variants.map((variant) => (
            <div key={variant.id} className="px-3 py-2">
              {variant.name} <span className="font-normal text-muted-foreground">rev {variant.revision}</span>
              {variant.simulated && <span className="ml-1 rounded bg-amber-100 dark:bg-amber-500/15 px-1 text-[10px] text-amber-800 dark:text-amber-300">simulated</span>}
            </div>
          ))}
        </div>
        <div ref={scroller} className="overflow-y-auto" style={{ height: Math.min(VIEW_HEIGHT, rows.length * ROW_HEIGHT) }} data-testid="matrix-scroller">
          <div style={{ height: virtualizer.getTotalSize(), position: "relative" }}>
            {virtualizer.getVirtualItems().map(({ index, start }) => {
              const row = rows[index]!;
              return (
              <div
                key={row.key}
                className="absolute inset-x-0 grid border-b border-border"
                style={{ top: start, height: ROW_HEIGHT, gridTemplateColumns: template }}
                data-testid="matrix-row"
              >
                <div className="overflow-hidden px-3 py-2 text-xs">
                  <div className="font-medium text-foreground">{row.label}</div>
                  <div className="line-clamp-2 text-muted-foreground">{row.detail}</div>
                </div>
                {run.variants.map((variant) => {
                  const item = row.cells[variant.id];
                  if (!item) return <div key={variant.id} />;
                  return (
                    <button
                      key={variant.id}
                      type="button"
                      onClick={() => onOpen(item.id)}
                      className={`m-1 overflow-hidden rounded-md px-2 py-1 text-left text-xs ring-1 ring-transparent hover:ring-primary/60 focus-visible:outline-2 focus-visible:outline-indigo-600 ${cellTone(item)}`}
                      data-testid="matrix-cell"
                      data-verdict={cellVerdict(item)}
                    >
                      <div className="flex items-center justify-between gap-2 text-[11px]">
                        <span className="font-semibold uppercase">{cellVerdict(item)}</span>
                        <span className="tabular-nums">
                          {formatMs(item.completion?.totalMs)} · {formatCost(item.completion?.costUsd, item.completion?.outputTokens)}
                        </span>
                      </div>
                      <div className="line-clamp-2">{item.completion?.excerpt || item.completion?.errorMessage || "—"}</div>
                      <div className="text-[10px] text-muted-foreground">
                        <BaselineMark item={item} />
                      </div>
                    </button>
                  );
                })}
              </div>
              );
            })}
          </div>
        </div>
      </div>
    </div>
  );
}
