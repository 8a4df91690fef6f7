"use client";

import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/field";
import { useCreateVariant, useVariants, type VariantRow } from "@/components/settings/use-variants";
import { useSetColumnVariant } from "../sessions/use-sessions";

const optionalNumber = (value: string) => (value.trim() === "" ? null : Number(value));

/** Edits a column's settings for the next turns: saved as a new variant derived from the
 * column's, so the answers already given stay attributable to the settings that made them. */
export function TweakColumnForm({ sessionId, columnId, variant, onDone }: { sessionId: string; columnId: string; variant: VariantRow; onDone: () => void }) {
  const variants = useVariants();
  const createVariant = useCreateVariant();
  const setColumnVariant = useSetColumnVariant();
  const [form, setForm] = useState({
    systemPrompt: variant.systemPrompt ?? "",
    temperature: variant.temperature?.toString() ?? "",
    maxTokens: variant.maxTokens?.toString() ?? "",
  });

  async function submit(event: FormEvent) {
    event.preventDefault();
    const base = variant.name.replace(/ · edit \d+$/, "");
    const taken = new Set(variants.data?.map((item) => item.name));
    let n = 1;
    while (taken.has(`${base} · edit ${n}`)) n += 1;
    const { variant: created } = await createVariant.mutateAsync({
      name: `${base} · edit ${n}`,
      modelId: variant.model.id,
      systemPrompt: form.systemPrompt.trim() === "" ? null : form.systemPrompt,
      temperature: optionalNumber(form.temperature),
      topP: variant.topP,
      maxTokens: optionalNumber(form.maxTokens),
      stop: variant.stop,
      seed: variant.seed,
    });
    await setColumnVariant.mutateAsync({ id: sessionId, columnId, variantId: created.id });
    onDone();
  }

  const field = "mt-0.5 block w-full rounded px-2 py-1 text-sm ring-1 ring-zinc-300";
  return (
    <form onSubmit={(event) => void submit(event)} className="mt-2 space-y-2 border-t border-zinc-100 pt-2 text-xs" aria-label="Edit column settings">
      <label className="block">
        <span className="text-zinc-500">System prompt</span>
        <textarea rows={2} className={field} value={form.systemPrompt} onChange={(event) => setForm({ ...form, systemPrompt: event.target.value })} />
      </label>
      <div className="grid grid-cols-2 gap-2">
        <label className="block">
          <span className="text-zinc-500">Temperature</span>
          <input className={field} inputMode="decimal" placeholder="default" value={form.temperature} onChange={(event) => setForm({ ...form, temperature: event.target.value })} />
        </label>
        <label className="block">
          <span className="text-zinc-500">Max tokens</span>
          <input className={field} inputMode="numeric" placeholder="default" value={form.maxTokens} onChange={(event) => setForm({ ...form, maxTokens: event.target.value })} />
        </label>
      </div>
      <FormError message={createVariant.error?.message ?? null} />
      <Button type="submit" className="w-full" disabled={createVariant.isPending}>
        Use these settings from the next turn
      </Button>
    </form>
  );
}
