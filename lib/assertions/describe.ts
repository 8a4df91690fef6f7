// An assertion in words, for tables and tooltips. Kept apart from schema.ts on purpose: that module
// builds zod schemas when it loads, and zod probes for eval while it builds an object schema —
// in the browser, under our Content-Security-Policy, a reported violation on every page that
// imports it. This one imports the type only.
import { formatUsd } from "../format/money";
import type { Assertion } from "./schema";

/** A one-line description, for tables and the CLI. */
export function describeAssertion(assertion: Assertion): string {
  switch (assertion.type) {
    case "contains":
      return `contains "${assertion.value}"`;
    case "not_contains":
      return `does not contain "${assertion.value}"`;
    case "regex":
      return `matches /${assertion.pattern}/${assertion.flags}`;
    case "equals":
      return assertion.value === undefined ? "equals the expected output" : `equals "${assertion.value}"`;
    case "is_json":
      return "is JSON";
    case "json_schema":
      return "matches the JSON Schema";
    case "max_latency_ms":
      return `${assertion.metric === "ttft" ? "TTFT" : "total"} ≤ ${assertion.value} ms`;
    case "max_cost_usd":
      return `cost ≤ ${formatUsd(assertion.value)}`;
    case "similar_to_baseline":
      return `≥ ${Math.round(assertion.minRatio * 100)}% similar to the baseline`;
    case "llm_judge":
      return `judge scores ≥ ${assertion.minScore}`;
  }
}
