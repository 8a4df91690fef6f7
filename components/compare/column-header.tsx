"use client";

import { useState } from "react";
import { KindBadge } from "@/components/settings/provider-card";
import { useVariants } from "@/components/settings/use-variants";
import type { SessionData } from "../sessions/use-sessions";
import { useSetColumnVariant } from "../sessions/use-sessions";
import { TweakColumnForm } from "./tweak-column-form";

type Column = SessionData["columns"][number];

export function ColumnHeader({ sessionId, column, canEdit }: { sessionId: string; column: Column; canEdit: boolean }) {
  const [editing, setEditing] = useState(false);
  const variants = useVariants();
  const setVariant = useSetColumnVariant();
  const current = variants.data?.find((variant) => variant.id === column.variant?.id);
  return (
    <header className="sticky top-0 z-10 rounded-t-lg border-b border-zinc-200 bg-white px-3 py-2" data-testid="column-header">
      <div className="flex items-start justify-between gap-2">
        <div className="min-w-0">
          <p className="truncate text-sm font-semibold">
            <span className="mr-1.5 rounded bg-indigo-600 px-1.5 py-0.5 text-xs text-white">{column.label}</span>
            {column.variant ? column.variant.name : `Variant ${column.label}`}
            {current && <span className="ml-1.5 text-xs font-normal text-zinc-400">rev {current.revision.number}</span>}
          </p>
          {column.variant && (
            <p className="mt-0.5 flex flex-wrap items-center gap-1 text-xs text-zinc-500">
              <span className="min-w-0 truncate">
                {column.variant.model} · {column.variant.provider}
              </span>
              {column.variant.simulated && <KindBadge kind="simulated" />}
            </p>
          )}
        </div>
        {canEdit && column.variant && (
          <button type="button" className="shrink-0 text-xs text-zinc-500 hover:text-zinc-900" onClick={() => setEditing(!editing)}>
            {editing ? "Close" : "Change"}
          </button>
        )}
      </div>
      {editing && (
        <label className="mt-2 block text-xs">
          <span className="text-zinc-500">Use for the next turns:</span>
          <select
            className="mt-1 block w-full rounded px-2 py-1 text-sm ring-1 ring-zinc-300"
            value={column.variant?.id}
            onChange={(event) =>
              setVariant.mutate({ id: sessionId, columnId: column.id, variantId: event.target.value }, { onSuccess: () => setEditing(false) })
            }
          >
            {variants.data?.map((variant) => (
              <option key={variant.id} value={variant.id}>
                {variant.name} — {variant.model.displayName}
              </option>
            ))}
          </select>
          <span className="mt-1 block text-zinc-400">Earlier answers keep the settings they were made with.</span>
        </label>
      )}
      {editing && current && <TweakColumnForm sessionId={sessionId} columnId={column.id} variant={current} onDone={() => setEditing(false)} />}
    </header>
  );
}
