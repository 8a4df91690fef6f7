"use client";

import Link from "next/link";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { KindBadge } from "@/components/settings/provider-card";
import { useModels } from "@/components/settings/use-providers";
import { useCreateVariant, useVariants } from "@/components/settings/use-variants";
import { ApiError } from "@/lib/api/http-client";
import { columnLabel, MAX_COLUMNS as MAX } from "@/lib/sessions/column-label";

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

  return (
    <div className="space-y-6" data-testid="column-picker">
      <section className="rounded-lg bg-white p-4 ring-1 ring-zinc-200">
        <h2 className="text-sm font-semibold">Columns ({picked.length} of 2–{MAX})</h2>
        <p className="mt-1 text-xs text-zinc-500">Every column gets the same message; each keeps its own conversation.</p>
        <ul className="mt-3 grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
          {variants.data?.map((variant) => {
            const index = picked.indexOf(variant.id);
            return (
              <li key={variant.id}>
                <label className={`flex cursor-pointer items-start gap-2 rounded-md p-2 ring-1 ${index >= 0 ? "bg-indigo-50 ring-indigo-300" : "ring-zinc-200 hover:bg-zinc-50"}`}>
                  <input type="checkbox" className="mt-1" checked={index >= 0} onChange={() => toggle(variant.id)} aria-label={variant.name} />
                  <span className="min-w-0 text-sm">
                    <span className="block truncate font-medium">
                      {index >= 0 && <span className="mr-1 text-indigo-600">{columnLabel(index)}</span>}
                      {variant.name}
                    </span>
                    <span className="flex items-center gap-1 text-xs text-zinc-500">
                      {variant.model.displayName} <KindBadge kind={variant.provider.kind} />
                    </span>
                  </span>
                </label>
              </li>
            );
          })}
        </ul>
        {variants.data?.length === 0 && (
          <p className="mt-2 text-sm text-zinc-600">
            No saved variants yet — add a quick model below, or create variants in{" "}
            <Link className="text-indigo-600 underline" href="/settings/variants">
              Settings → Variants
            </Link>
            .
          </p>
        )}
        <div className="mt-4 flex flex-wrap items-end gap-2 border-t border-zinc-100 pt-4">
          <label className="text-sm">
            <span className="mb-1 block text-xs font-medium text-zinc-600">Quick model</span>
            <select value={quickModel} onChange={(event) => setQuickModel(event.target.value)} className="rounded-md px-2 py-1.5 text-sm ring-1 ring-zinc-300" aria-label="Quick model">
              <option value="">Pick a model…</option>
              {models.data?.map((model) => (
                <option key={model.id} value={model.id}>
                  {model.providerName} · {model.displayName}
                </option>
              ))}
            </select>
          </label>
          <label className="text-sm">
            <span className="mb-1 block text-xs font-medium text-zinc-600">Temperature</span>
            <input value={quickTemperature} onChange={(event) => setQuickTemperature(event.target.value)} className="w-20 rounded-md px-2 py-1.5 text-sm ring-1 ring-zinc-300" aria-label="Quick temperature" />
          </label>
          <Button variant="secondary" onClick={addQuick} disabled={!quickModel || createVariant.isPending}>
            Add column
          </Button>
        </div>
      </section>
      <div className="flex items-center justify-between">
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" checked={blind} onChange={(event) => setBlind(event.target.checked)} />
          Blind mode <span className="text-xs text-zinc-500">(names hidden as A, B, C… and order shuffled until you reveal)</span>
        </label>
        <Button onClick={() => onStart(picked, blind)} disabled={picked.length < 2 || starting}>
          Start comparing
        </Button>
      </div>
    </div>
  );
}
