"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import type { CreateRunInput } from "@/lib/runs/schemas";
import { useDatasets } from "../datasets/use-datasets";
import { usePrompts } from "../prompts/use-prompts";
import { useVariants } from "../settings/use-variants";
import { Button } from "../ui/button";
import { cn } from "@/lib/ui/cn";
import { FormError, TextField } from "../ui/field";
import { NativeSelect } from "../ui/native-select";
import { toAssertion, type AssertionDraft } from "./assertion-drafts";
import { AssertionsEditor } from "./assertions-editor";
import { RateLimitsEditor, type RateLimitDrafts, toRateLimits } from "./rate-limits-editor";
import { useCreateRun, useRuns } from "./use-runs";

const label = "mb-1 block text-sm font-medium text-foreground/80";

export function NewRunForm({ initialPromptId, initialDatasetId }: { initialPromptId?: string; initialDatasetId?: string }) {
  const router = useRouter();
  const prompts = usePrompts();
  const datasets = useDatasets();
  const variants = useVariants();
  const runs = useRuns();
  const create = useCreateRun();
  const [kind, setKind] = useState<"replay" | "load">("replay");
  const [name, setName] = useState("");
  const [promptId, setPromptId] = useState(initialPromptId ?? "");
  const [version, setVersion] = useState("");
  const [datasetId, setDatasetId] = useState(initialDatasetId ?? "");
  const [chosen, setChosen] = useState<string[]>([]);
  const [repetitions, setRepetitions] = useState("1");
  const [concurrency, setConcurrency] = useState("4");
  const [baselineRunId, setBaselineRunId] = useState("");
  const [budget, setBudget] = useState("");
  const [requests, setRequests] = useState("20");
  const [levels, setLevels] = useState("1,4");
  const [values, setValues] = useState<Record<string, string>>({});
  const [assertions, setAssertions] = useState<AssertionDraft[]>([]);
  const [limits, setLimits] = useState<RateLimitDrafts>({});
  const [formError, setFormError] = useState<string | null>(null);

  const activeVariants = (variants.data ?? []).filter((variant) => !variant.archived);
  const prompt = prompts.data?.find((candidate) => candidate.id === promptId);
  const baselines = (runs.data ?? []).filter((run) => run.kind === "replay" && run.status === "done" && run.dataset?.id === datasetId);
  const chosenVariants = activeVariants.filter((variant) => chosen.includes(variant.id));
  const toggle = (id: string) => setChosen((current) => (current.includes(id) ? current.filter((other) => other !== id) : kind === "load" ? [id] : [...current, id]));

  function submit(event: FormEvent) {
    event.preventDefault();
    setFormError(null);
    if (!prompt) return setFormError("Pick a prompt.");
    let input: CreateRunInput;
    try {
      const common = {
        name,
        prompt: version ? `${prompt.name}@${version}` : prompt.id,
        variants: chosen,
        concurrency: Number(concurrency),
        assertions: assertions.map(toAssertion) as CreateRunInput["assertions"],
        rateLimits: toRateLimits(limits),
        ...(budget && { budgetUsd: Number(budget) }),
      };
      input =
        kind === "replay"
          ? { kind, ...common, dataset: datasetId, repetitions: Number(repetitions), ...(baselineRunId && { baselineRunId }) }
          : { kind, ...common, variables: values, requests: Number(requests), concurrencyLevels: levels.split(",").map((level) => Number(level.trim())) };
    } catch (error) {
      return setFormError((error as Error).message);
    }
    create.mutate(input, { onSuccess: ({ run }) => router.push(`/runs/${run.id}`) });
  }

  return (
    <form onSubmit={submit} className="max-w-3xl space-y-5 rounded-lg border border-border bg-card p-4 shadow-xs sm:p-5" aria-label="New run">
      <div className="flex gap-2" role="radiogroup" aria-label="Kind of run">
        {(["replay", "load"] as const).map((option) => (
          <Button key={option} variant={kind === option ? "primary" : "secondary"} role="radio" aria-checked={kind === option} onClick={() => (setKind(option), setChosen([]))}>
            {option === "replay" ? "Replay a dataset" : "Load test"}
          </Button>
        ))}
      </div>
      <TextField label="Name (optional)" id="run-name" value={name} onChange={(event) => setName(event.target.value)} placeholder="e.g. support answers, gpt-4o-mini vs haiku" />
      <div className="grid gap-4 sm:grid-cols-[1fr_8rem]">
        <label className="block">
          <span className={label}>Prompt</span>
          <NativeSelect aria-label="Prompt" value={promptId} onChange={(event) => (setPromptId(event.target.value), setVersion(""))} required>
            <option value="">Choose a prompt…</option>
            {prompts.data?.map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {candidate.name} (v{candidate.latest?.version})
              </option>
            ))}
          </NativeSelect>
        </label>
        <TextField label="Version" id="run-version" type="number" min={1} placeholder={prompt?.latest ? `${prompt.latest.version} (latest)` : "latest"} value={version} onChange={(event) => setVersion(event.target.value)} />
      </div>
      {kind === "replay" ? (
        <div className="grid gap-4 sm:grid-cols-2">
          <label className="block">
            <span className={label}>Dataset</span>
            <NativeSelect aria-label="Dataset" value={datasetId} onChange={(event) => (setDatasetId(event.target.value), setBaselineRunId(""))} required>
              <option value="">Choose a dataset…</option>
              {datasets.data?.map((dataset) => (
                <option key={dataset.id} value={dataset.id}>
                  {dataset.name} ({dataset.caseCount} cases)
                </option>
              ))}
            </NativeSelect>
          </label>
          <label className="block">
            <span className={label}>Baseline run (optional)</span>
            <NativeSelect aria-label="Baseline run" value={baselineRunId} onChange={(event) => setBaselineRunId(event.target.value)}>
              <option value="">None</option>
              {baselines.map((run) => (
                <option key={run.id} value={run.id}>
                  {run.name} · {new Date(run.createdAt).toLocaleString()}
                </option>
              ))}
            </NativeSelect>
          </label>
        </div>
      ) : (
        prompt?.latest &&
        prompt.latest.variables.length > 0 && (
          <fieldset className="grid gap-3 sm:grid-cols-2" aria-label="Variables">
            {prompt.latest.variables.map((variable) => (
              <TextField key={variable} label={`{{${variable}}}`} id={`var-${variable}`} value={values[variable] ?? ""} onChange={(event) => setValues({ ...values, [variable]: event.target.value })} />
            ))}
          </fieldset>
        )
      )}
      <fieldset aria-label="Variants">
        <legend className={label}>{kind === "replay" ? "Variants (2–8 to compare)" : "Variant under load"}</legend>
        <div className="flex flex-wrap gap-2">
          {activeVariants.map((variant) => (
            <label key={variant.id} className={cn("flex cursor-pointer items-center gap-2 rounded-md border px-3 py-1.5 text-sm transition-colors", chosen.includes(variant.id) ? "border-primary/50 bg-accent" : "border-input hover:bg-muted")}>
              <input className="accent-primary" type={kind === "replay" ? "checkbox" : "radio"} name="variants" checked={chosen.includes(variant.id)} onChange={() => toggle(variant.id)} />
              {variant.name}
              <span className="text-xs text-muted-foreground">{variant.simulated ? "simulated" : variant.provider.name}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <div className="grid gap-4 sm:grid-cols-3">
        {kind === "replay" ? (
          <>
            <TextField label="Repetitions" id="run-repetitions" type="number" min={1} max={100} value={repetitions} onChange={(event) => setRepetitions(event.target.value)} />
            <TextField label="Concurrency" id="run-concurrency" type="number" min={1} max={256} value={concurrency} onChange={(event) => setConcurrency(event.target.value)} />
          </>
        ) : (
          <>
            <TextField label="Requests per level" id="run-requests" type="number" min={1} value={requests} onChange={(event) => setRequests(event.target.value)} />
            <TextField label="Concurrency levels" id="run-levels" value={levels} onChange={(event) => setLevels(event.target.value)} placeholder="1,4,16" />
          </>
        )}
        <TextField label="Budget in USD (optional)" id="run-budget" type="number" step="any" min={0} value={budget} onChange={(event) => setBudget(event.target.value)} />
      </div>
      <AssertionsEditor drafts={assertions} onChange={setAssertions} variants={activeVariants} />
      <RateLimitsEditor providers={[...new Map(chosenVariants.map((variant) => [variant.provider.id, variant.provider])).values()]} drafts={limits} onChange={setLimits} />
      <FormError message={formError ?? create.error?.message ?? null} />
      <Button type="submit" loading={create.isPending}>
        {create.isPending ? "Starting…" : "Start run"}
      </Button>
    </form>
  );
}
