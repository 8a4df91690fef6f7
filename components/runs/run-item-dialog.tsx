"use client";

import { formatTokenDetails } from "@/lib/metrics/token-details";
import { useEffect, useState } from "react";
import { wordDiff } from "@/lib/assertions/similarity";
import { formatCost } from "@/lib/format/money";
import { formatMs } from "@/lib/format/figures";
import { Button } from "../ui/button";
import { AnswerReviewsPanel } from "../review/answer-reviews";
import { runKeys, useRunItem } from "./use-runs";

function DiffView({ before, after }: { before: string; after: string }) {
  return (
    <div className="text-sm leading-relaxed whitespace-pre-wrap" data-testid="word-diff">
      {wordDiff(before, after).map((change, index) =>
        change.added ? (
          <ins key={index} className="bg-emerald-100 dark:bg-emerald-500/15 text-emerald-900 dark:text-emerald-200 no-underline">
            {change.value}
          </ins>
        ) : change.removed ? (
          <del key={index} className="bg-red-100 dark:bg-red-500/15 text-red-900 dark:text-red-200">
            {change.value}
          </del>
        ) : (
          <span key={index}>{change.value}</span>
        ),
      )}
    </div>
  );
}

/** One cell in full: the answer, its checks and metrics, and its word diff against the baseline. */
export function RunItemDialog({ runId, itemId, userId, onClose }: { runId: string; itemId: string; userId: string; onClose: () => void }) {
  const item = useRunItem(runId, itemId);
  const [tab, setTab] = useState<"answer" | "diff">("answer");
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => event.key === "Escape" && onClose();
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [onClose]);

  const data = item.data;
  const completion = data?.completion;
  return (
    <div className="fixed inset-0 z-40 flex items-start justify-center overflow-y-auto bg-zinc-900/40 p-6" onClick={onClose}>
      <div role="dialog" aria-modal="true" aria-label="Answer" className="w-full max-w-3xl space-y-4 rounded-lg bg-card p-5 shadow-xl" onClick={(event) => event.stopPropagation()}>
        {!data ? (
          <p className="text-sm text-muted-foreground">{item.isError ? item.error.message : "Loading…"}</p>
        ) : (
          <>
            <div className="flex items-start justify-between gap-3">
              <div>
                <h2 className="text-base font-semibold">
                  {data.variant.name} · {data.testCase ? `case ${data.testCase.position + 1}` : `concurrency ${data.concurrency}`}
                  {data.repetition > 0 && ` · rep ${data.repetition + 1}`}
                </h2>
                <p className="text-xs text-muted-foreground">
                  {data.status}
                  {completion && ` · TTFT ${formatMs(completion.ttftMs)} · total ${formatMs(completion.totalMs)} · ${completion.inputTokens ?? "—"} in / ${completion.outputTokens ?? "—"} out${completion.tokensEstimated ? " (estimated)" : ""}${formatTokenDetails(completion) ? ` (${formatTokenDetails(completion)})` : ""} · ${formatCost(completion.costUsd, (completion.inputTokens ?? 0) + (completion.outputTokens ?? 0))} · ${completion.attempts} attempt${completion.attempts === 1 ? "" : "s"}`}
                </p>
              </div>
              <Button variant="ghost" onClick={onClose} aria-label="Close">
                ✕
              </Button>
            </div>
            {data.testCase && (
              <dl className="grid grid-cols-[8rem_1fr] gap-x-3 gap-y-1 rounded-md bg-muted/50 p-3 text-xs">
                {Object.entries(data.testCase.variables as Record<string, unknown>).map(([name, value]) => (
                  <div key={name} className="contents">
                    <dt className="font-medium text-muted-foreground">{`{{${name}}}`}</dt>
                    <dd className="break-words">{typeof value === "string" ? value : JSON.stringify(value)}</dd>
                  </div>
                ))}
                {data.testCase.expectedOutput && (
                  <>
                    <dt className="font-medium text-muted-foreground">expected</dt>
                    <dd className="break-words whitespace-pre-wrap">{data.testCase.expectedOutput}</dd>
                  </>
                )}
              </dl>
            )}
            {completion?.errorMessage && <p className="rounded-md bg-red-50 dark:bg-red-500/15 px-3 py-2 text-sm text-red-800 dark:text-red-300">{`${completion.errorKind}: ${completion.errorMessage}`}</p>}
            {data.baseline && (
              <div className="flex gap-2 text-sm" role="tablist">
                <Button variant={tab === "answer" ? "primary" : "secondary"} role="tab" aria-selected={tab === "answer"} onClick={() => setTab("answer")}>
                  Answer
                </Button>
                <Button variant={tab === "diff" ? "primary" : "secondary"} role="tab" aria-selected={tab === "diff"} onClick={() => setTab("diff")}>
                  Diff vs baseline
                </Button>
              </div>
            )}
            {tab === "diff" && data.baseline ? (
              <DiffView before={data.baseline.text ?? ""} after={completion?.text ?? ""} />
            ) : (
              <div className="max-h-96 overflow-y-auto text-sm leading-relaxed whitespace-pre-wrap" data-testid="item-answer">
                {completion?.text || <span className="text-muted-foreground/70">No answer text.</span>}
              </div>
            )}
            {completion && completion.assertions.length > 0 && (
              <ul className="space-y-1 text-sm" data-testid="item-assertions">
                {completion.assertions.map((result, index) => (
                  <li key={index} className={result.passed ? "text-emerald-800 dark:text-emerald-300" : "text-red-800 dark:text-red-300"}>
                    {result.passed ? "✓" : "✗"} <span className="font-medium">{result.type}</span> — {result.reason}
                  </li>
                ))}
              </ul>
            )}
            {completion && completion.status === "done" && (
              <AnswerReviewsPanel completionId={completion.id} text={completion.text} reviews={data.reviews ?? undefined} userId={userId} shownIn={runKeys.item(runId, itemId)} rateable />
            )}
          </>
        )}
      </div>
    </div>
  );
}
