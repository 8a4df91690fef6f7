// `--fail-on` conditions of `juxta replay|load|runs show`: what makes a CI job fail. Pure.
import type { RunSummary } from "../runs/summary";
import type { RunView } from "../runs/views";

export type FailOn = { kind: "assertions" } | { kind: "p95"; maxMs: number } | { kind: "cost"; maxUsd: number } | { kind: "errors"; maxRate: number };

export const FAIL_ON_HELP = "assertions | p95>MS | cost>USD | errors>RATE (repeatable)";

/** Parses one --fail-on value; throws a message for people on anything else. */
export function parseFailOn(value: string): FailOn {
  const text = value.replace(/\s+/g, "");
  if (text === "assertions") return { kind: "assertions" };
  const match = /^(p95|cost|errors)>(\d+(?:\.\d+)?)$/.exec(text);
  if (!match) throw new Error(`"${value}" is not a --fail-on condition; use ${FAIL_ON_HELP}.`);
  const number = Number(match[2]);
  if (match[1] === "p95") return { kind: "p95", maxMs: number };
  if (match[1] === "cost") return { kind: "cost", maxUsd: number };
  if (number > 1) throw new Error(`errors>RATE takes a rate from 0 to 1, e.g. errors>0.05.`);
  return { kind: "errors", maxRate: number };
}

/** The conditions that tripped, each as a sentence; empty when the run passes. A run that did not
 * finish (cancelled, failed) always trips: its figures are not the whole answer. */
export function trippedConditions(run: Pick<RunView, "status" | "error" | "variants">, summary: RunSummary, conditions: FailOn[]): string[] {
  const tripped: string[] = [];
  if (run.status === "cancelled" || run.status === "failed") tripped.push(`The run ended ${run.status}${run.error ? `: ${run.error}` : "."}`);
  const name = (id: string) => run.variants.find((variant) => variant.id === id)?.name ?? id;
  for (const condition of conditions) {
    for (const stats of summary.variants) {
      if (condition.kind === "assertions" && stats.passed < stats.finished) tripped.push(`${name(stats.variantId)}: ${stats.finished - stats.passed} of ${stats.finished} answers failed their assertions or errored.`);
      if (condition.kind === "p95" && stats.total.p95 !== null && stats.total.p95 > condition.maxMs) tripped.push(`${name(stats.variantId)}: p95 total ${Math.round(stats.total.p95)} ms > ${condition.maxMs} ms.`);
      if (condition.kind === "errors" && stats.errorRate !== null && stats.errorRate > condition.maxRate) tripped.push(`${name(stats.variantId)}: error rate ${(stats.errorRate * 100).toFixed(1)}% > ${(condition.maxRate * 100).toFixed(1)}%.`);
    }
    if (condition.kind === "cost") {
      const total = summary.variants.reduce((sum, stats) => sum + stats.costUsd, 0);
      if (total > condition.maxUsd) tripped.push(`Total cost $${total.toFixed(4)} > $${condition.maxUsd}.`);
    }
  }
  return tripped;
}
