"use client";

import { Settings2, X } from "lucide-react";
import { useState } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { NativeSelect } from "@/components/ui/native-select";
import { Hint } from "@/components/ui/tooltip";
import { useVariants } from "@/components/settings/use-variants";
import { cn } from "@/lib/ui/cn";
import type { SessionData } from "../sessions/use-sessions";
import { useSetColumnVariant } from "../sessions/use-sessions";
import { TweakColumnForm } from "./tweak-column-form";

type Column = SessionData["columns"][number];

/** `sticky`: stays on top of its column while the answers scroll under it (one scroller for
 * all columns); a column that scrolls on its own keeps it above its scroller instead. */
export function ColumnHeader({ sessionId, column, canEdit, sticky }: { sessionId: string; column: Column; canEdit: boolean; sticky: boolean }) {
  const [editing, setEditing] = useState(false);
  const variants = useVariants();
  const setVariant = useSetColumnVariant();
  const current = variants.data?.find((variant) => variant.id === column.variant?.id);
  const selectId = `column-variant-${column.id}`;
  return (
    <header className={cn("rounded-t-lg border-b border-border bg-card px-3 py-2", sticky && "sticky top-0 z-10")} data-testid="column-header">
      <div className="flex items-start justify-between gap-2">
        <div className="min-w-0">
          <p className="flex min-w-0 items-center gap-1.5 text-sm font-semibold text-foreground">
            <span className="shrink-0 rounded bg-primary px-1.5 py-0.5 text-xs text-primary-foreground">{column.label}</span>
            <span className="min-w-0 truncate" title={column.variant?.name}>
              {column.variant ? column.variant.name : `Variant ${column.label}`}
            </span>
            {current && <span className="shrink-0 text-xs font-normal text-muted-foreground">rev {current.revision.number}</span>}
          </p>
          {column.variant && (
            // Model and provider wrap onto a second line rather than being clipped in a narrow column.
            <p className="mt-1 flex flex-wrap items-center gap-1 text-xs text-muted-foreground">
              <span className="break-all">{column.variant.model}</span>
              {column.variant.simulated ? (
                <Badge variant="warning">simulated · offline</Badge>
              ) : (
                <Badge variant="outline" className="font-normal">
                  {column.variant.provider}
                </Badge>
              )}
            </p>
          )}
        </div>
        {canEdit && column.variant && (
          <Hint label={editing ? "Close" : "Change this column's variant or settings for the next turns"}>
            <Button variant="ghost" size="icon-sm" className="size-7 shrink-0" onClick={() => setEditing(!editing)} aria-expanded={editing} aria-label={editing ? "Close" : "Change"}>
              {editing ? <X aria-hidden /> : <Settings2 aria-hidden />}
            </Button>
          </Hint>
        )}
      </div>
      {editing && (
        <div className="mt-2 grid gap-1 text-xs">
          <Label htmlFor={selectId} className="text-xs text-muted-foreground">
            Use for the next turns:
          </Label>
          <NativeSelect
            id={selectId}
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
          </NativeSelect>
          <span className="text-muted-foreground">Earlier answers keep the settings they were made with.</span>
        </div>
      )}
      {editing && current && <TweakColumnForm sessionId={sessionId} columnId={column.id} variant={current} onDone={() => setEditing(false)} />}
    </header>
  );
}
