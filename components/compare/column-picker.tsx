"use client";

import Link from "next/link";
import { useState } from "react";
import { EyeOff, Play, Plus } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/native-select";
import { useModels } from "@/components/settings/use-providers";
import { useCreateVariant, useVariants } from "@/components/settings/use-variants";
import { ApiError } from "@/lib/api/http-client";
import { columnLabel, MAX_COLUMNS as MAX } from "@/lib/sessions/column-label";
import { cn } from "@/lib/ui/cn";

/** Pick the columns of a new comparison: saved variants, or a quick model + temperature that is
 * saved as a variant (so its answers stay attributable). */
export function ColumnPicker({ onStart, starting }: { onStart: (variantIds: string[], blind: boolean) => void; starting: boolean }) {
  const variants = useVariants();
  const models = useModels();
  const createVariant = useCreateVariant();
  const [picked, setPicked] = useState<string[]>([]);
  const [blind, setBlind] = useState(false);
  const [quickModel, setQuickModel] = useState("");
  const [quickTemperature, setQuickTemperature] = useState("0.7");

  const toggle = (id: string) => setPicked((current) => (current.includes(id) ? current.filter((item) => item !== id) : current.length < MAX ? [...current, id] : current));

  async function addQuick() {
    const model = models.data?.find((item) => item.id === quickModel);
    if (!model) return;
    const temperature = quickTemperature.trim() === "" ? null : Number(quickTemperature);
    const name = `${model.modelId} · t=${temperature ?? "default"}`;
    const existing = variants.data?.find((variant) => variant.name === name);
    if (existing) return toggle(existing.id);
    try {
      const { variant } = await createVariant.mutateAsync({ name, modelId: model.id, temperature });
      setPicked((current) => (current.length < MAX ? [...current, variant.id] : current));
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
    }
  }

  const checkbox = "mt-0.5 size-4 shrink-0 accent-primary";
  return (
    <div className="space-y-4" data-testid="column-picker">
      {/* Start first: with many saved variants the list is long, and the action stays in sight. */}
      <Card className="flex flex-wrap items-center justify-between gap-3 px-4 py-3">
        <div>
          <h2 className="text-sm font-semibold text-foreground">
            Columns <span className="font-normal text-muted-foreground">({picked.length} of 2–{MAX})</span>
          </h2>
          <p className="text-xs text-muted-foreground">Every column gets the same message; each keeps its own conversation.</p>
        </div>
        <div className="flex flex-wrap items-center gap-3">
          <label className="flex items-center gap-2 text-sm text-foreground" title="Names hidden as A, B, C… and order shuffled until you reveal">
            <input type="checkbox" className={checkbox} checked={blind} onChange={(event) => setBlind(event.target.checked)} />
            Blind mode
            <EyeOff className="size-4 text-muted-foreground" aria-hidden />
          </label>
          <Button onClick={() => onStart(picked, blind)} disabled={picked.length < 2} loading={starting}>
            <Play aria-hidden /> Start comparing
          </Button>
        </div>
      </Card>
      <Card className="p-4">
        <ul className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
          {variants.data?.map((variant) => {
            const index = picked.indexOf(variant.id);
            return (
              <li key={variant.id}>
                <label
                  className={cn(
                    "flex cursor-pointer items-start gap-2 rounded-md border p-2 transition-colors",
                    index >= 0 ? "border-primary/50 bg-accent" : "border-border hover:bg-muted",
                  )}
                >
                  <input type="checkbox" className={checkbox} checked={index >= 0} onChange={() => toggle(variant.id)} aria-label={variant.name} />
                  <span className="min-w-0 text-sm">
                    <span className="block truncate font-medium text-foreground" title={variant.name}>
                      {index >= 0 && <span className="mr-1 text-primary">{columnLabel(index)}</span>}
                      {variant.name}
                    </span>
                    <span className="mt-0.5 flex flex-wrap items-center gap-1 text-xs text-muted-foreground">
                      <span className="break-all">{variant.model.displayName}</span>
                      <Badge variant={variant.provider.kind === "simulated" ? "warning" : "outline"} className="font-normal">
                        {variant.provider.kind === "simulated" ? "simulated · offline" : variant.provider.kind}
                      </Badge>
                    </span>
                  </span>
                </label>
              </li>
            );
          })}
        </ul>
        {variants.data?.length === 0 && (
          <p className="text-sm text-muted-foreground">
            No saved variants yet — add a quick model below, or create variants in{" "}
            <Link className="text-primary underline" href="/settings/variants">
              Settings → Variants
            </Link>
            .
          </p>
        )}
        <div className="mt-4 flex flex-wrap items-end gap-2 border-t border-border pt-4">
          <label className="grid gap-1 text-sm">
            <span className="text-xs font-medium text-muted-foreground">Quick model</span>
            <NativeSelect value={quickModel} onChange={(event) => setQuickModel(event.target.value)} aria-label="Quick model" className="w-64 max-w-full">
              <option value="">Pick a model…</option>
              {models.data?.map((model) => (
                <option key={model.id} value={model.id}>
                  {model.providerName} · {model.displayName}
                </option>
              ))}
            </NativeSelect>
          </label>
          <label className="grid gap-1 text-sm">
            <span className="text-xs font-medium text-muted-foreground">Temperature</span>
            <Input value={quickTemperature} onChange={(event) => setQuickTemperature(event.target.value)} className="w-20" aria-label="Quick temperature" />
          </label>
          <Button variant="secondary" onClick={addQuick} disabled={!quickModel} loading={createVariant.isPending}>
            <Plus aria-hidden /> Add column
          </Button>
        </div>
      </Card>
    </div>
  );
}
