"use client";

import { useVirtualizer } from "@tanstack/react-virtual";
import { useMemo, useRef } from "react";
import { formatCost } from "@/lib/format/money";
import { formatMs } from "../compare/format";
import { matrixRows } from "./matrix-rows";
import type { RunData, RunItemRow } from "./use-runs";

const ROW_HEIGHT = 76;
const VIEW_HEIGHT = 560;

function cellTone(item: RunItemRow): string {
  if (item.status === "pending") return "bg-zinc-50 text-zinc-400";
  if (item.status === "running") return "bg-sky-50 text-sky-800 animate-pulse";
  if (item.status === "cancelled") return "bg-zinc-100 text-zinc-500";
  if (item.status === "error") return "bg-red-50 text-red-800 ring-red-200";
  return item.passed ? "bg-emerald-50 text-zinc-800 ring-emerald-200" : "bg-amber-50 text-zinc-800 ring-amber-300";
}

function cellVerdict(item: RunItemRow): string {
  if (item.status === "done") return item.passed ? "pass" : "fail";
  return item.status === "error" ? (item.completion?.errorKind ?? "error") : item.status;
}

/** The server's verdict (lib/runs/baseline.ts); none until both the cell and its baseline finished. */
function BaselineMark({ item }: { item: RunItemRow }) {
  switch (item.baseline?.verdict) {
    case "newly_failing":
      return <span title="Passed in the baseline, fails now" className="font-semibold text-red-700">▼ newly failing</span>;
    case "fixed":
      return <span title="Failed in the baseline, passes now" className="font-semibold text-emerald-700">▲ fixed</span>;
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

  if (rows.length === 0) return <p className="text-sm text-zinc-500">No items yet.</p>;
  return (
    <div className="overflow-x-auto rounded-lg bg-white ring-1 ring-zinc-200" data-testid="run-matrix">
      <div className="min-w-fit">
        <div className="grid border-b border-zinc-200 bg-zinc-50 text-xs font-medium text-zinc-600" style={{ gridTemplateColumns: template }}>
          <div className="px-3 py-2">Case ({rows.length})</div>
          {run.variants.map((variant) => (
            <div key={variant.id} className="px-3 py-2">
              {variant.name} <span className="font-normal text-zinc-400">rev {variant.revision}</span>
              {variant.simulated && <span className="ml-1 rounded bg-amber-100 px-1 text-[10px] text-amber-800">simulated</span>}
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
                className="absolute inset-x-0 grid border-b border-zinc-100"
                style={{ top: start, height: ROW_HEIGHT, gridTemplateColumns: template }}
                data-testid="matrix-row"
              >
                <div className="overflow-hidden px-3 py-2 text-xs">
                  <div className="font-medium text-zinc-800">{row.label}</div>
                  <div className="line-clamp-2 text-zinc-500">{row.detail}</div>
                </div>
                {run.variants.map((variant) => {
                  const item = row.cells[variant.id];
                  if (!item) return <div key={variant.id} />;
                  return (
                    <button
                      key={variant.id}
                      type="button"
                      onClick={() => onOpen(item.id)}
                      className={`m-1 overflow-hidden rounded-md px-2 py-1 text-left text-xs ring-1 ring-transparent hover:ring-indigo-400 focus-visible:outline-2 focus-visible:outline-indigo-600 ${cellTone(item)}`}
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
                      <div className="text-[10px] text-zinc-500">
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
