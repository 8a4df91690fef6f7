"use client";

import { useState } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { toast } from "@/components/ui/sonner";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { hasNoPrice } from "@/lib/format/money";
import { problemFieldErrors, type FieldErrors } from "./field-errors";
import { useUpdateModel, type ModelView, type PriceField } from "./use-providers";

// The prices of a kind of token with no price of its own fall back to plain input or output.
const priceColumns: Array<{ field: PriceField; label: string; aria: string; fallback?: string }> = [
  { field: "inputPricePerMTok", label: "Input", aria: "input" },
  { field: "cachedInputPricePerMTok", label: "Cached input", aria: "cached input", fallback: "= input" },
  { field: "cacheWritePricePerMTok", label: "Cache write", aria: "cache write", fallback: "= input" },
  { field: "outputPricePerMTok", label: "Output", aria: "output" },
  { field: "reasoningPricePerMTok", label: "Reasoning", aria: "reasoning", fallback: "= output" },
];

/** A provider's models with editable prices (USD per million tokens). */
export function ModelTable({ models, canEdit }: { models: ModelView[]; canEdit: boolean }) {
  if (models.length === 0) return <p className="px-3 py-3 text-sm text-muted-foreground">No models in the catalog yet. Use “List models” to add some.</p>;
  return (
    <Table containerClassName="rounded-none border-x-0 border-b-0">
      <TableHeader>
        <TableRow>
          <TableHead>Model</TableHead>
          {priceColumns.map((column) => (
            // Two short lines, not one long one: five price columns must fit beside the model at 1440 px.
            <TableHead key={column.field} className="h-auto px-2 py-2 whitespace-normal">
              {column.label}
              <span className="block text-[10px] normal-case">$/M tok</span>
            </TableHead>
          ))}
          <TableHead className="px-2">Context</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {models.map((model) => (
          <ModelRow key={model.id} model={model} canEdit={canEdit} />
        ))}
      </TableBody>
    </Table>
  );
}

type Drafts = Record<PriceField, string>;
const draftsOf = (model: ModelView) => Object.fromEntries(priceColumns.map(({ field }) => [field, model[field] ?? ""])) as Drafts;

/** One model: its prices are edited in place and saved together with the row's Save — nothing is
 * saved by leaving a field, so a half-typed price never becomes what runs are charged. */
function ModelRow({ model, canEdit }: { model: ModelView; canEdit: boolean }) {
  const update = useUpdateModel();
  const [drafts, setDrafts] = useState(() => draftsOf(model));
  const [errors, setErrors] = useState<FieldErrors>({});
  const saved = draftsOf(model);
  const changed = priceColumns.filter(({ field }) => drafts[field].trim() !== saved[field]);
  const dirty = changed.length > 0;

  function save() {
    // An optional price left empty goes back to its fallback; a required one is refused by the API.
    const change = Object.fromEntries(changed.map(({ field, fallback }) => [field, drafts[field].trim() === "" && fallback ? null : drafts[field].trim()]));
    update.mutate(
      { id: model.id, ...change },
      {
        onSuccess: () => {
          setErrors({});
          toast.success(`Saved the prices of ${model.displayName}`);
        },
        onError: (error) => setErrors(problemFieldErrors(error)),
      },
    );
  }

  return (
    <TableRow data-testid={`model-${model.modelId}`} data-dirty={dirty || undefined} className={dirty ? "bg-amber-50/60 dark:bg-amber-500/5" : undefined}>
      <TableCell className="min-w-40 py-2">
        <span className="font-medium">{model.displayName}</span> <code className="text-xs text-muted-foreground">{model.modelId}</code>
        {hasNoPrice(model) && (
          <Badge variant="warning" className="ml-2">
            no price set
          </Badge>
        )}
        {/* Beside the name, not in a last column: a wide table scrolls, and Save must stay in sight. */}
        {canEdit && (
          <div className="mt-1.5 flex items-center gap-1">
            <Button size="sm" variant={dirty ? "default" : "outline"} disabled={!dirty} loading={update.isPending} onClick={save} aria-label={`Save ${model.modelId} prices`}>
              Save
            </Button>
            {dirty && (
              <>
                <Button size="sm" variant="ghost" onClick={() => setDrafts(saved)} aria-label={`Undo ${model.modelId} price changes`}>
                  Undo
                </Button>
                <Badge variant="warning">unsaved</Badge>
              </>
            )}
          </div>
        )}
      </TableCell>
      {priceColumns.map((column) => (
        <TableCell key={column.field} className="px-2 py-2 align-top">
          {canEdit ? (
            <>
              <Input
                aria-label={`${model.modelId} ${column.aria} price`}
                aria-invalid={errors[column.field] ? true : undefined}
                placeholder={column.fallback}
                className={`h-8 w-[4.75rem] px-1.5 ${drafts[column.field].trim() !== saved[column.field] ? "border-amber-500" : ""}`}
                inputMode="decimal"
                value={drafts[column.field]}
                onChange={(event) => setDrafts({ ...drafts, [column.field]: event.target.value })}
                onKeyDown={(event) => {
                  if (event.key === "Enter" && dirty) save();
                }}
              />
              {errors[column.field] && <p className="mt-1 max-w-40 text-xs text-destructive">{errors[column.field]}</p>}
            </>
          ) : (
            <span className={model[column.field] === null ? "text-muted-foreground" : undefined}>{model[column.field] ?? column.fallback}</span>
          )}
        </TableCell>
      ))}
      <TableCell className="px-2 py-2 text-muted-foreground">{model.contextWindow ? `${Math.round(model.contextWindow / 1000)}k` : "—"}</TableCell>
    </TableRow>
  );
}
