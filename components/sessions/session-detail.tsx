"use client";

import { ChevronDown, Columns2, Copy, Download, FileDown, Pencil, Trash2 } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuTrigger } from "@/components/ui/dropdown-menu";
import { Input } from "@/components/ui/input";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { toast } from "@/components/ui/sonner";
import { latestCompletion } from "@/lib/sessions/latest-completion";
import { SessionCharts } from "../charts/session-charts";
import { AnswerReviewsPanel } from "../review/answer-reviews";
import { sessionReviewKeys, useSessionReviews } from "../review/use-answer-reviews";
import { formatTokenDetails } from "@/lib/metrics/token-details";
import { totalsByColumn } from "../charts/prepare-session-charts";
import { AnswerCard } from "../compare/answer-card";
import { formatCost } from "@/lib/format/money";
import { useDeleteSession, useDuplicateSession, useRenameSession, useSession } from "./use-sessions";

const EXPORT_FORMATS = [
  { value: "json", label: "JSON" },
  { value: "csv", label: "CSV" },
  { value: "md", label: "Markdown" },
] as const;

export function SessionDetail({ id, canEdit, userId }: { id: string; canEdit: boolean; userId: string }) {
  const router = useRouter();
  const session = useSession(id);
  const reviews = useSessionReviews(id);
  const rename = useRenameSession();
  const remove = useDeleteSession();
  const duplicate = useDuplicateSession();
  const [title, setTitle] = useState<string | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);

  if (session.isPending) return <p className="text-sm text-muted-foreground">Loading…</p>;
  if (session.isError) return <p className="text-sm text-red-700 dark:text-red-300">{session.error.message}</p>;
  const data = session.data;
  const totals = totalsByColumn(data);

  return (
    <div className="space-y-6">
      <div className="flex flex-col gap-3 lg:flex-row lg:items-start lg:justify-between">
        {canEdit && title !== null ? (
          <form
            className="flex w-full max-w-xl flex-wrap gap-2"
            onSubmit={(event) => {
              event.preventDefault();
              rename.mutate({ id, title }, { onSuccess: () => setTitle(null) });
            }}
          >
            <Input aria-label="Session title" value={title} onChange={(event) => setTitle(event.target.value)} className="h-10 min-w-0 flex-1 text-lg font-semibold" autoFocus />
            <Button type="submit" loading={rename.isPending}>
              Save
            </Button>
            <Button variant="ghost" onClick={() => setTitle(null)}>
              Cancel
            </Button>
          </form>
        ) : (
          <h1 className="flex min-w-0 flex-wrap items-center gap-2 text-xl font-semibold tracking-tight text-foreground sm:text-2xl" data-testid="session-title">
            <span className="min-w-0 break-words">{data.title}</span>
            {canEdit && (
              <Button variant="ghost" size="sm" onClick={() => setTitle(data.title)} className="text-muted-foreground">
                <Pencil aria-hidden />
                Rename
              </Button>
            )}
          </h1>
        )}
        <div className="flex flex-wrap gap-2 lg:shrink-0 lg:justify-end">
          <DropdownMenu>
            <DropdownMenuTrigger asChild>
              <Button variant="outline">
                <Download aria-hidden />
                Export
                <ChevronDown aria-hidden />
              </Button>
            </DropdownMenuTrigger>
            <DropdownMenuContent align="end">
              {EXPORT_FORMATS.map((format) => (
                <DropdownMenuItem key={format.value} asChild>
                  <a href={`/api/v1/sessions/${id}/export?format=${format.value}`} download>
                    <FileDown aria-hidden />
                    {format.label}
                  </a>
                </DropdownMenuItem>
              ))}
            </DropdownMenuContent>
          </DropdownMenu>
          <Button asChild variant="outline">
            <Link href={`/compare?session=${id}`}>
              <Columns2 aria-hidden />
              Continue in Compare
            </Link>
          </Button>
          {canEdit && (
            <>
              <Button variant="outline" loading={duplicate.isPending} onClick={() => duplicate.mutate(id, { onSuccess: ({ session: copy }) => router.push(`/compare?session=${copy.id}`) })}>
                {!duplicate.isPending && <Copy aria-hidden />}
                Duplicate into new compare
              </Button>
              <Button variant="danger" onClick={() => setConfirmDelete(true)}>
                <Trash2 aria-hidden />
                Delete
              </Button>
              <Dialog open={confirmDelete} onOpenChange={setConfirmDelete}>
                <DialogContent>
                  <DialogHeader>
                    <DialogTitle>Delete “{data.title}”?</DialogTitle>
                    <DialogDescription>All its turns, answers and reviews go with it. This cannot be undone.</DialogDescription>
                  </DialogHeader>
                  <DialogFooter>
                    <DialogClose asChild>
                      <Button variant="outline">Cancel</Button>
                    </DialogClose>
                    <Button
                      variant="destructive"
                      loading={remove.isPending}
                      onClick={() => remove.mutate(id, { onSuccess: () => (toast.success("Session deleted"), router.push("/sessions")) })}
                    >
                      Delete session
                    </Button>
                  </DialogFooter>
                </DialogContent>
              </Dialog>
            </>
          )}
        </div>
      </div>

      <Table className="whitespace-nowrap" data-testid="totals-table">
        <TableHeader>
          <TableRow>
            <TableHead>Column</TableHead>
            <TableHead>Answers</TableHead>
            <TableHead>Failed</TableHead>
            <TableHead>Stopped</TableHead>
            <TableHead>Tokens in → out</TableHead>
            <TableHead>Cost</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {totals.map((row) => (
            <TableRow key={row.key}>
              <TableCell className="py-1.5">
                <span className="mr-1.5 inline-block h-2.5 w-2.5 rounded-full" style={{ background: row.color }} />
                {row.name}
              </TableCell>
              <TableCell className="py-1.5 tabular-nums">{row.answers}</TableCell>
              <TableCell className="py-1.5 tabular-nums">{row.failures}</TableCell>
              <TableCell className="py-1.5 tabular-nums">{row.stopped}</TableCell>
              <TableCell className="py-1.5 tabular-nums">
                {row.inputTokens} → {row.outputTokens}
                {formatTokenDetails(row) && <span className="text-xs text-muted-foreground"> ({formatTokenDetails(row)})</span>}
              </TableCell>
              <TableCell className="py-1.5 tabular-nums">{formatCost(row.costUsd, row.inputTokens + row.outputTokens)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>

      <SessionCharts session={data} />

      <section className="space-y-4">
        {data.turns.map((turn) => (
          <article key={turn.id} className="overflow-hidden rounded-lg border border-border bg-card">
            <p className="border-b border-border px-3 py-2 text-sm whitespace-pre-wrap">
              <span className="font-semibold text-muted-foreground/70">Turn {turn.index + 1} · </span>
              {turn.content}
            </p>
            <div className="grid gap-3 overflow-x-auto p-3" style={{ gridTemplateColumns: `repeat(${data.columns.length}, minmax(16rem, 1fr))` }}>
              {data.columns.map((column) => {
                const answer = latestCompletion(turn, column.id);
                const review = answer ? reviews.data?.[answer.id] : undefined;
                return (
                  <div key={column.id} className="min-w-0" data-testid={`answer-${turn.index}-${column.label}`}>
                    <p className="mb-1 text-xs font-semibold text-muted-foreground">{column.variant ? `${column.label} · ${column.variant.name}` : `Variant ${column.label}`}</p>
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
