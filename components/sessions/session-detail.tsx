"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { toast } from "@/components/ui/sonner";
import { latestCompletion } from "@/lib/sessions/latest-completion";
import { SessionCharts } from "../charts/session-charts";
import { AnswerReviewsPanel } from "../review/answer-reviews";
import { sessionReviewKeys, useSessionReviews } from "../review/use-answer-reviews";
import { formatTokenDetails } from "@/lib/metrics/token-details";
import { totalsByColumn } from "../charts/prepare-session-charts";
import { AnswerCard } from "../compare/answer-card";
import { formatUsd } from "../compare/format";
import { useDeleteSession, useDuplicateSession, useRenameSession, useSession } from "./use-sessions";

export function SessionDetail({ id, canEdit, userId }: { id: string; canEdit: boolean; userId: string }) {
  const router = useRouter();
  const session = useSession(id);
  const reviews = useSessionReviews(id);
  const rename = useRenameSession();
  const remove = useDeleteSession();
  const duplicate = useDuplicateSession();
  const [title, setTitle] = useState<string | null>(null);

  if (session.isPending) return <p className="text-sm text-zinc-500">Loading…</p>;
  if (session.isError) return <p className="text-sm text-red-700">{session.error.message}</p>;
  const data = session.data;
  const totals = totalsByColumn(data);

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-start justify-between gap-3">
        {canEdit && title !== null ? (
          <form
            className="flex gap-2"
            onSubmit={(event) => {
              event.preventDefault();
              rename.mutate({ id, title }, { onSuccess: () => setTitle(null) });
            }}
          >
            <input aria-label="Session title" value={title} onChange={(event) => setTitle(event.target.value)} className="w-96 rounded-md px-3 py-1.5 text-lg font-semibold ring-1 ring-zinc-300" autoFocus />
            <Button type="submit">Save</Button>
            <Button variant="ghost" onClick={() => setTitle(null)}>
              Cancel
            </Button>
          </form>
        ) : (
          <h1 className="text-xl font-semibold" data-testid="session-title">
            {data.title}
            {canEdit && (
              <button type="button" onClick={() => setTitle(data.title)} className="ml-2 text-xs font-normal text-zinc-500 hover:text-zinc-900">
                Rename
              </button>
            )}
          </h1>
        )}
        <div className="flex flex-wrap gap-2">
          <span className="self-center text-xs text-zinc-500">Export:</span>
          {(["json", "csv", "md"] as const).map((format) => (
            <a key={format} href={`/api/v1/sessions/${id}/export?format=${format}`} className="rounded-md px-2 py-1.5 text-sm text-indigo-700 ring-1 ring-indigo-200 hover:bg-indigo-50" download>
              {format.toUpperCase()}
            </a>
          ))}
          <Link href={`/compare?session=${id}`} className="rounded-md px-3 py-1.5 text-sm text-indigo-700 hover:bg-indigo-50">
            Continue in Compare
          </Link>
          {canEdit && (
            <>
              <Button variant="secondary" onClick={() => duplicate.mutate(id, { onSuccess: ({ id: copy }) => router.push(`/compare?session=${copy}`) })}>
                Duplicate into new compare
              </Button>
              <Button
                variant="danger"
                onClick={() => {
                  if (window.confirm(`Delete “${data.title}” and all its answers? This cannot be undone.`)) {
                    remove.mutate(id, { onSuccess: () => (toast.success("Session deleted"), router.push("/sessions")) });
                  }
                }}
              >
                Delete
              </Button>
            </>
          )}
        </div>
      </div>

      <section className="overflow-x-auto rounded-lg bg-white ring-1 ring-zinc-200">
        <table className="w-full text-left text-sm" data-testid="totals-table">
          <thead className="bg-zinc-50 text-xs text-zinc-500 uppercase">
            <tr>
              <th className="px-3 py-2">Column</th>
              <th className="px-3 py-2">Answers</th>
              <th className="px-3 py-2">Failed</th>
              <th className="px-3 py-2">Stopped</th>
              <th className="px-3 py-2">Tokens in → out</th>
              <th className="px-3 py-2">Cost</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-zinc-100">
            {totals.map((row) => (
              <tr key={row.key}>
                <td className="px-3 py-1.5">
                  <span className="mr-1.5 inline-block h-2.5 w-2.5 rounded-full" style={{ background: row.color }} />
                  {row.name}
                </td>
                <td className="px-3 py-1.5 tabular-nums">{row.answers}</td>
                <td className="px-3 py-1.5 tabular-nums">{row.failures}</td>
                <td className="px-3 py-1.5 tabular-nums">{row.stopped}</td>
                <td className="px-3 py-1.5 tabular-nums">
                  {row.inputTokens} → {row.outputTokens}
                  {formatTokenDetails(row) && <span className="text-xs text-zinc-500"> ({formatTokenDetails(row)})</span>}
                </td>
                <td className="px-3 py-1.5 tabular-nums">{formatUsd(row.costUsd)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <SessionCharts session={data} />

      <section className="space-y-4">
        {data.turns.map((turn) => (
          <article key={turn.id} className="rounded-lg bg-white ring-1 ring-zinc-200">
            <p className="border-b border-zinc-100 px-3 py-2 text-sm whitespace-pre-wrap">
              <span className="font-semibold text-zinc-400">Turn {turn.index + 1} · </span>
              {turn.content}
            </p>
            <div className="grid gap-3 p-3" style={{ gridTemplateColumns: `repeat(${data.columns.length}, minmax(14rem, 1fr))` }}>
              {data.columns.map((column) => {
                const answer = latestCompletion(turn, column.id);
                const review = answer ? reviews.data?.[answer.id] : undefined;
                return (
                  <div key={column.id} className="min-w-0" data-testid={`answer-${turn.index}-${column.label}`}>
                    <p className="mb-1 text-xs font-semibold text-zinc-500">{column.variant ? `${column.label} · ${column.variant.name}` : `Variant ${column.label}`}</p>
                    <AnswerCard answer={answer} blind={data.blind && !data.revealed} quotes={review?.annotations.flatMap((annotation) => (annotation.quote ? [annotation.quote] : []))} />
                    {answer && <AnswerReviewsPanel shownIn={sessionReviewKeys.detail(id)} completionId={answer.id} text={answer.text} reviews={review} userId={userId} />}
                  </div>
                );
              })}
            </div>
          </article>
        ))}
      </section>
    </div>
  );
}
