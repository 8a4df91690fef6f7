// The assertions form edits drafts (strings, as inputs hold them); toAssertion turns a draft into
// what the API takes. The server validates it again (lib/assertions/schema.ts).
import type { AssertionType } from "@/lib/assertions/schema";

export interface AssertionDraft {
  type: AssertionType;
  text: string;
  flag: boolean;
  number: string;
  option: string;
}

export const assertionTypes: Array<{ type: AssertionType; label: string }> = [
  { type: "contains", label: "contains" },
  { type: "not_contains", label: "does not contain" },
  { type: "regex", label: "matches regex" },
  { type: "equals", label: "equals (blank: expected output)" },
  { type: "is_json", label: "is JSON" },
  { type: "json_schema", label: "matches JSON Schema" },
  { type: "max_latency_ms", label: "max latency (ms)" },
  { type: "max_cost_usd", label: "max cost (USD)" },
  { type: "similar_to_baseline", label: "similar to baseline (0–1)" },
  { type: "llm_judge", label: "LLM judge (rubric)" },
];

const defaults: Partial<Record<AssertionType, Partial<AssertionDraft>>> = {
  max_latency_ms: { number: "5000", option: "total" },
  max_cost_usd: { number: "0.01" },
  similar_to_baseline: { number: "0.8" },
  llm_judge: { number: "4" },
  json_schema: { text: '{\n  "type": "object"\n}' },
};

export function newDraft(type: AssertionType): AssertionDraft {
  return { type, text: "", flag: false, number: "", option: "", ...defaults[type] };
}

export function toAssertion(draft: AssertionDraft): Record<string, unknown> {
  const number = Number(draft.number);
  switch (draft.type) {
    case "contains":
    case "not_contains":
      return { type: draft.type, value: draft.text, caseSensitive: draft.flag };
    case "regex":
      return { type: draft.type, pattern: draft.text, flags: draft.option };
    case "equals":
      return draft.text === "" ? { type: draft.type } : { type: draft.type, value: draft.text };
    case "is_json":
      return { type: draft.type };
    case "json_schema": {
      let schema: unknown;
      try {
        schema = JSON.parse(draft.text);
      } catch {
        throw new Error("The JSON Schema is not valid JSON.");
      }
      return { type: draft.type, schema };
    }
    case "max_latency_ms":
      return { type: draft.type, value: number, metric: draft.option || "total" };
    case "max_cost_usd":
      return { type: draft.type, value: number };
    case "similar_to_baseline":
      return { type: draft.type, minRatio: number };
    case "llm_judge":
      return { type: draft.type, rubric: draft.text, judgeVariantId: draft.option, minScore: number };
  }
}
