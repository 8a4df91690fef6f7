"use client";

import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/field";
import { Input, Textarea } from "@/components/ui/input";
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

  return (
    <form onSubmit={(event) => void submit(event)} className="mt-2 space-y-2 border-t border-border pt-2 text-xs" aria-label="Edit column settings">
      <label className="block space-y-1">
        <span className="text-muted-foreground">System prompt</span>
        <Textarea rows={2} className="min-h-14 px-2 py-1" value={form.systemPrompt} onChange={(event) => setForm({ ...form, systemPrompt: event.target.value })} />
      </label>
      <div className="grid grid-cols-2 gap-2">
        <label className="block space-y-1">
          <span className="text-muted-foreground">Temperature</span>
          <Input className="h-8 px-2" inputMode="decimal" placeholder="default" value={form.temperature} onChange={(event) => setForm({ ...form, temperature: event.target.value })} />
        </label>
        <label className="block space-y-1">
          <span className="text-muted-foreground">Max tokens</span>
          <Input className="h-8 px-2" inputMode="numeric" placeholder="default" value={form.maxTokens} onChange={(event) => setForm({ ...form, maxTokens: event.target.value })} />
        </label>
      </div>
      <FormError message={createVariant.error?.message ?? null} />
      <Button type="submit" size="sm" className="w-full" loading={createVariant.isPending}>
        Use these settings from the next turn
      </Button>
    </form>
  );
}
