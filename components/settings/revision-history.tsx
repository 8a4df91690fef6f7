"use client";

import { useState } from "react";
import { Badge } from "@/components/ui/badge";
import { NativeSelect } from "@/components/ui/native-select";
import { revisionDiff, type RevisionSettings } from "@/lib/variants/revision-diff";
import { useVariantRevisions, type RevisionRow } from "./use-variants";

const settingsOf = (revision: RevisionRow): RevisionSettings => ({ ...revision, model: { displayName: revision.model.displayName, providerName: revision.model.providerName } });

/** A variant's revisions, newest first, and what changed between any two of them (by default the
 * newest and the one before). */
export function RevisionHistory({ variantId }: { variantId: string }) {
  const revisions = useVariantRevisions(variantId, true);
  const list = revisions.data ?? [];
  const [picked, setPicked] = useState<{ from?: number; to?: number }>({});
  if (revisions.isPending) return <p className="text-sm text-muted-foreground">Loading revisions…</p>;
  const to = list.find((revision) => revision.number === (picked.to ?? list[0]?.number));
  const from = list.find((revision) => revision.number === (picked.from ?? (to ? to.number - 1 : 0)));
  return (
    <div className="grid gap-4" data-testid="revision-history">
      <ol className="grid gap-1 text-sm">
        {list.map((revision) => (
          <li key={revision.id} className="flex flex-wrap items-center gap-2">
            <Badge variant={revision === list[0] ? "default" : "outline"}>rev {revision.number}</Badge>
            <span className="text-muted-foreground">
              {new Date(revision.createdAt).toLocaleString()} · {revision.createdBy?.name ?? "system"} · {revision.model.displayName}
              {revision.runCount > 0 && ` · used by ${revision.runCount} run${revision.runCount === 1 ? "" : "s"}`}
            </span>
          </li>
        ))}
      </ol>
      {list.length < 2 ? (
        <p className="text-sm text-muted-foreground">Only one revision so far: an edit of any setting makes the next one.</p>
      ) : (
        <>
          <div className="flex flex-wrap items-center gap-2 text-sm">
            <span>Compare</span>
            <RevisionPicker label="From revision" revisions={list} value={from?.number} onChange={(number) => setPicked({ ...picked, from: number })} />
            <span>with</span>
            <RevisionPicker label="To revision" revisions={list} value={to?.number} onChange={(number) => setPicked({ ...picked, to: number })} />
          </div>
          {from && to && <DiffView from={from} to={to} />}
        </>
      )}
    </div>
  );
}

function RevisionPicker({ label, revisions, value, onChange }: { label: string; revisions: RevisionRow[]; value: number | undefined; onChange: (number: number) => void }) {
  return (
    <NativeSelect aria-label={label} className="w-28" value={value ?? ""} onChange={(event) => onChange(Number(event.target.value))}>
      {revisions.map((revision) => (
        <option key={revision.id} value={revision.number}>
          rev {revision.number}
        </option>
      ))}
    </NativeSelect>
  );
}

function DiffView({ from, to }: { from: RevisionRow; to: RevisionRow }) {
  const diff = revisionDiff(settingsOf(from), settingsOf(to));
  if (diff.settings.length === 0 && !diff.systemPrompt) return <p className="text-sm text-muted-foreground">No difference.</p>;
  return (
    <div className="grid gap-3 text-sm" data-testid="revision-diff">
      {diff.settings.length > 0 && (
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
          {diff.settings.map((change) => (
            <div key={change.label} className="contents">
              <dt className="text-muted-foreground">{change.label}</dt>
              <dd>
                <del className="text-red-700 dark:text-red-400">{change.before}</del> → <ins className="text-emerald-700 no-underline dark:text-emerald-400">{change.after}</ins>
              </dd>
            </div>
          ))}
        </dl>
      )}
      {diff.systemPrompt && (
        <div>
          <p className="mb-1 text-muted-foreground">System prompt</p>
          <p className="rounded-md border border-border bg-muted/40 p-3 whitespace-pre-wrap" data-testid="prompt-diff">
            {diff.systemPrompt.map((part, index) =>
              part.change === "added" ? (
                <ins key={index} className="bg-emerald-100 text-emerald-900 no-underline dark:bg-emerald-500/20 dark:text-emerald-200">
                  {part.text}
                </ins>
              ) : part.change === "removed" ? (
                <del key={index} className="bg-red-100 text-red-900 dark:bg-red-500/20 dark:text-red-200">
                  {part.text}
                </del>
              ) : (
                <span key={index}>{part.text}</span>
              ),
            )}
          </p>
        </div>
      )}
    </div>
  );
}
