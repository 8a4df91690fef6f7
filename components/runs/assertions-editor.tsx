"use client";

import type { AssertionType } from "@/lib/assertions/schema";
import { X } from "lucide-react";
import { Button } from "../ui/button";
import { Input, Textarea } from "../ui/input";
import { NativeSelect } from "../ui/native-select";
import { assertionTypes, newDraft, type AssertionDraft } from "./assertion-drafts";

// The kit's control look without its full width: these controls share a row.

/** Assertions applied to every answer of the run (each test case may add its own). */
export function AssertionsEditor({ drafts, onChange, variants }: { drafts: AssertionDraft[]; onChange: (drafts: AssertionDraft[]) => void; variants: Array<{ id: string; name: string }> }) {
  const update = (index: number, patch: Partial<AssertionDraft>) => onChange(drafts.map((draft, at) => (at === index ? { ...draft, ...patch } : draft)));
  return (
    <fieldset className="space-y-2" aria-label="Assertions">
      <legend className="text-sm font-medium text-foreground/80">Assertions on every answer</legend>
      {drafts.map((draft, index) => (
        <div key={index} className="flex flex-wrap items-start gap-2 rounded-md bg-muted/50 p-2" data-testid="assertion-row">
          <NativeSelect aria-label="Assertion type" className="w-auto min-w-44" value={draft.type} onChange={(event) => update(index, newDraft(event.target.value as AssertionType))}>
            {assertionTypes.map((option) => (
              <option key={option.type} value={option.type}>
                {option.label}
              </option>
            ))}
          </NativeSelect>
          {(draft.type === "contains" || draft.type === "not_contains" || draft.type === "equals" || draft.type === "regex") && (
            <Input aria-label="Assertion text" className="h-9 w-auto min-w-48 flex-1" placeholder={draft.type === "regex" ? "pattern" : "text"} value={draft.text} onChange={(event) => update(index, { text: event.target.value })} />
          )}
          {draft.type === "regex" && <Input aria-label="Regex flags" className="h-9 w-16" placeholder="flags" value={draft.option} onChange={(event) => update(index, { option: event.target.value })} />}
          {(draft.type === "contains" || draft.type === "not_contains") && (
            <label className="flex items-center gap-1 text-xs">
              <input type="checkbox" checked={draft.flag} onChange={(event) => update(index, { flag: event.target.checked })} /> case-sensitive
            </label>
          )}
          {(draft.type === "json_schema" || draft.type === "llm_judge") && (
            <Textarea
              aria-label={draft.type === "llm_judge" ? "Rubric" : "JSON Schema"}
              rows={3}
              className="w-auto min-w-64 flex-1 font-mono text-xs"
              placeholder={draft.type === "llm_judge" ? "What a good answer does…" : ""}
              value={draft.text}
              onChange={(event) => update(index, { text: event.target.value })}
            />
          )}
          {draft.type === "llm_judge" && (
            <NativeSelect aria-label="Judge variant" className="w-auto min-w-44" value={draft.option} onChange={(event) => update(index, { option: event.target.value })}>
              <option value="">judge variant…</option>
              {variants.map((variant) => (
                <option key={variant.id} value={variant.id}>
                  {variant.name}
                </option>
              ))}
            </NativeSelect>
          )}
          {["max_latency_ms", "max_cost_usd", "similar_to_baseline", "llm_judge"].includes(draft.type) && (
            <Input
              aria-label={draft.type === "llm_judge" ? "Minimum score (1–5)" : "Limit"}
              type="number"
              step="any"
              className="h-9 w-28"
              value={draft.number}
              onChange={(event) => update(index, { number: event.target.value })}
            />
          )}
          {draft.type === "max_latency_ms" && (
            <NativeSelect aria-label="Latency metric" className="w-auto min-w-24" value={draft.option} onChange={(event) => update(index, { option: event.target.value })}>
              <option value="total">total</option>
              <option value="ttft">TTFT</option>
            </NativeSelect>
          )}
          <Button variant="ghost" size="icon" aria-label="Remove assertion" onClick={() => onChange(drafts.filter((_, at) => at !== index))}>
            <X aria-hidden />
          </Button>
        </div>
      ))}
      <Button variant="secondary" onClick={() => onChange([...drafts, newDraft("contains")])}>
        + Add assertion
      </Button>
    </fieldset>
  );
}
