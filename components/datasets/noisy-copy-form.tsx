"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/field";
import { toast } from "@/components/ui/sonner";
import { noiseKinds, type NoiseKind } from "@/lib/datasets/noisy/perturbations";
import { useMakeNoisyCopy } from "./use-noisy-copy";

const descriptions: Record<NoiseKind, string> = {
  typos: "swapped, dropped or doubled letters",
  casing: "ALL CAPS, lower case or mIxEd",
  whitespace: "extra spaces, tabs and line breaks",
  junk: "stray tokens like ### or <br>",
  truncation: "cut off after 50–90 %",
  lookalike: "Cyrillic letters that look Latin",
  injection: "an appended “ignore previous instructions”",
};

/** Picks the kinds of noise and a seed, makes the copy and opens it. */
export function NoisyCopyForm({ datasetId, onCancel }: { datasetId: string; onCancel: () => void }) {
  const router = useRouter();
  const make = useMakeNoisyCopy(datasetId);
  const [kinds, setKinds] = useState<NoiseKind[]>([...noiseKinds]);
  const [seed, setSeed] = useState("1");
  const toggle = (kind: NoiseKind) => setKinds((current) => (current.includes(kind) ? current.filter((entry) => entry !== kind) : noiseKinds.filter((entry) => entry === kind || current.includes(entry))));

  function submit() {
    make.mutate(
      { kinds, seed: Number(seed) },
      {
        onSuccess: ({ dataset }) => {
          toast.success(`Made "${dataset.name}" with ${dataset.caseCount} cases`);
          onCancel();
          router.push(`/datasets/${dataset.id}`);
        },
      },
    );
  }

  return (
    <section className="space-y-3 rounded-lg bg-white p-4 ring-1 ring-indigo-200" aria-label="Make a noisy copy" data-testid="noisy-copy-form">
      <p className="text-sm text-zinc-600">
        A new dataset with a copy of every case (tagged <code>clean</code>) and, for each kind below, a perturbed version of it (tagged <code>noisy:kind</code>).
        Run it to see how much each kind of noise costs each variant. The same seed makes the same copy.
      </p>
      <fieldset className="grid gap-1 sm:grid-cols-2">
        <legend className="mb-1 text-xs font-medium text-zinc-600">Kinds of noise</legend>
        {noiseKinds.map((kind) => (
          <label key={kind} className="flex items-center gap-2 text-sm">
            <input type="checkbox" checked={kinds.includes(kind)} onChange={() => toggle(kind)} aria-label={kind} />
            <span className="font-medium">{kind}</span> <span className="text-zinc-500">— {descriptions[kind]}</span>
          </label>
        ))}
      </fieldset>
      <label className="block w-40 text-sm">
        <span className="mb-1 block text-xs font-medium text-zinc-600">Seed</span>
        <input aria-label="Seed" inputMode="numeric" value={seed} onChange={(event) => setSeed(event.target.value)} className="w-full rounded-md px-2 py-1.5 text-sm ring-1 ring-zinc-300" />
      </label>
      <FormError message={make.error?.message ?? null} />
      <div className="flex gap-2">
        <Button onClick={submit} disabled={make.isPending || kinds.length === 0 || seed.trim() === ""}>
          {make.isPending ? "Making…" : "Make the copy"}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </section>
  );
}
