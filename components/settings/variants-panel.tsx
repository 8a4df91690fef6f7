"use client";

import { useState } from "react";
import { Layers } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { EmptyState } from "@/components/ui/empty-state";
import { toast } from "@/components/ui/sonner";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { hasNoPrice } from "@/lib/format/money";
import { KindBadge } from "./provider-card";
import { RevisionHistory } from "./revision-history";
import { useArchiveVariant, useDuplicateVariant, useVariants, type VariantRow } from "./use-variants";
import { VariantForm } from "./variant-form";

function settingsSummary(variant: VariantRow) {
  const parts = [
    variant.temperature !== null && `temp ${variant.temperature}`,
    variant.topP !== null && `top_p ${variant.topP}`,
    variant.maxTokens !== null && `max ${variant.maxTokens} tok`,
    variant.seed !== null && `seed ${variant.seed}`,
    variant.stop.length > 0 && `stop ${variant.stop.map((stop) => JSON.stringify(stop)).join(" ")}`,
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(" · ") : "provider defaults";
}

type Open = { kind: "edit" | "history"; variant: VariantRow } | null;

export function VariantsPanel({ canEdit }: { canEdit: boolean }) {
  const variants = useVariants();
  const [open, setOpen] = useState<Open>(null);

  return (
    <div className={canEdit ? "grid items-start gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]" : ""}>
      <div className="min-w-0">
        {variants.data?.length === 0 && (
          <EmptyState icon={Layers} title="No variants yet">
            {canEdit ? "Create one from any model — the simulated ones work offline." : "Ask an editor to create some."}
          </EmptyState>
        )}
        {variants.data && variants.data.length > 0 && (
          <Table data-testid="variants-table">
            <TableHeader>
              <TableRow>
                <TableHead>Variant</TableHead>
                <TableHead>Model</TableHead>
                <TableHead>Settings</TableHead>
                <TableHead className="text-right">Actions</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {variants.data.map((variant) => (
                <VariantTableRow key={variant.id} variant={variant} canEdit={canEdit} onOpen={(kind) => setOpen({ kind, variant })} />
              ))}
            </TableBody>
          </Table>
        )}
      </div>
      {canEdit && (
        <Card>
          <CardHeader>
            <CardTitle className="text-sm">New variant</CardTitle>
          </CardHeader>
          <CardContent className="pt-3">
            <VariantForm />
          </CardContent>
        </Card>
      )}
      <Dialog open={open !== null} onOpenChange={(next) => !next && setOpen(null)}>
        <DialogContent className="max-w-2xl">
          {open && (
            <>
              <DialogHeader>
                <DialogTitle>
                  {open.kind === "edit" ? "Edit" : "History of"} {open.variant.name}
                </DialogTitle>
                <DialogDescription>
                  {open.kind === "edit"
                    ? `Now at revision ${open.variant.revision.number}. Saving a change makes revision ${open.variant.revision.number + 1}; runs and answers keep the revision they used.`
                    : "Every edit of a setting is a revision; runs execute the revision they were started with."}
                </DialogDescription>
              </DialogHeader>
              {open.kind === "edit" ? <VariantForm variant={open.variant} onSaved={() => setOpen(null)} /> : <RevisionHistory variantId={open.variant.id} />}
            </>
          )}
        </DialogContent>
      </Dialog>
    </div>
  );
}

function VariantTableRow({ variant, canEdit, onOpen }: { variant: VariantRow; canEdit: boolean; onOpen: (kind: "edit" | "history") => void }) {
  const duplicate = useDuplicateVariant();
  const archive = useArchiveVariant();
  return (
    <TableRow data-testid={`variant-${variant.name}`}>
      <TableCell className="max-w-xs">
        <p className="flex flex-wrap items-center gap-x-2 gap-y-1 font-medium">
          {variant.name}
          <Badge variant="outline">rev {variant.revision.number}</Badge>
        </p>
        {variant.systemPrompt && <p className="truncate text-xs text-muted-foreground">{variant.systemPrompt}</p>}
      </TableCell>
      {/* A floor under the model column: without it the table squeezes it to its badges' ellipses
          ("simulated · o…"); the provider's line wraps its badge under the name instead. */}
      <TableCell className="min-w-52">
        <p className="flex flex-wrap items-center gap-1.5">
          {variant.model.displayName}
          {hasNoPrice(variant.model) && <Badge variant="warning">no price set</Badge>}
        </p>
        <p className="mt-0.5 flex flex-wrap items-center gap-1 text-xs text-muted-foreground">
          {variant.provider.name} <KindBadge kind={variant.provider.kind} />
        </p>
      </TableCell>
      <TableCell className="text-xs text-muted-foreground">{settingsSummary(variant)}</TableCell>
      <TableCell>
        {/* Wraps rather than clips on a narrow screen: every action stays reachable. */}
        <div className="flex flex-wrap justify-end gap-1">
          <Button variant="ghost" size="sm" onClick={() => onOpen("history")}>
            History
          </Button>
          {canEdit && (
            <>
              <Button variant="ghost" size="sm" onClick={() => onOpen("edit")}>
                Edit
              </Button>
              <Button variant="ghost" size="sm" loading={duplicate.isPending} onClick={() => duplicate.mutate(variant.id, { onSuccess: ({ variant: copy }) => toast.success(`Created ${copy.name}`) })}>
                Duplicate
              </Button>
              <Button variant="danger" size="sm" loading={archive.isPending} onClick={() => archive.mutate(variant.id, { onSuccess: () => toast.success(`Archived ${variant.name}`) })}>
                Archive
              </Button>
            </>
          )}
        </div>
      </TableCell>
    </TableRow>
  );
}
