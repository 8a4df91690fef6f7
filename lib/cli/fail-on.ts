// `--fail-on` conditions of `juxta replay|load|runs show`: what makes a CI job fail. Pure.
import type { NamedComparison } from "../evidence/run-comparisons";
import type { RunJson, RunSummaryJson } from "../api-client/runs";
import { answersCostUsd } from "../runs/summary-columns";
import { mcnemarExact } from "../stats/proportions";

export type FailOn =
  | { kind: "assertions" }
  | { kind: "p95"; maxMs: number }
  | { kind: "cost"; maxUsd: number }
  | { kind: "errors"; maxRate: number }
  /** A significant drop in pass rate against the baseline (one-sided exact McNemar, p < 0.05). */
  | { kind: "regression" }
  /** p95 total latency up by more than this share against the baseline, beyond doubt: the lower
   * end of the 95 % interval of the p95 ratio is above 1 + maxIncrease. */
  | { kind: "p95-regression"; maxIncrease: number };

export const FAIL_ON_HELP = "assertions | p95>MS | cost>USD | errors>RATE | regression | p95-regression>PCT% (repeatable)";

/** Conditions that need the run's comparisons against a baseline. */
export const needsBaseline = (conditions: FailOn[]) => conditions.some((condition) => condition.kind === "regression" || condition.kind === "p95-regression");

/** Parses one --fail-on value; throws a message for people on anything else. */
export function parseFailOn(value: string): FailOn {
  const text = value.replace(/\s+/g, "");
  if (text === "assertions") return { kind: "assertions" };
  if (text === "regression") return { kind: "regression" };
  const increase = /^p95-regression>(\d+(?:\.\d+)?)%$/.exec(text);
  if (increase) return { kind: "p95-regression", maxIncrease: Number(increase[1]) / 100 };
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
export function trippedConditions(run: Pick<RunJson, "status" | "error" | "variants">, summary: RunSummaryJson, conditions: FailOn[], comparisons: NamedComparison[] = []): string[] {
  const tripped: string[] = [];
  if (run.status === "cancelled" || run.status === "failed") tripped.push(`The run ended ${run.status}${run.error ? `: ${run.error}` : "."}`);
  const name = (id: string) => run.variants.find((variant) => variant.id === id)?.name ?? id;
  for (const condition of conditions) {
    for (const stats of summary.variants) {
      if (condition.kind === "assertions" && stats.passed < stats.finished) tripped.push(`${name(stats.variantId)}: ${stats.finished - stats.passed} of ${stats.finished} answers failed their assertions or errored.`);
      if (condition.kind === "p95" && stats.total.p95 !== null && stats.total.p95 > condition.maxMs) tripped.push(`${name(stats.variantId)}: p95 total ${Math.round(stats.total.p95)} ms > ${condition.maxMs} ms.`);
      if (condition.kind === "errors" && stats.errorRate !== null && stats.errorRate > condition.maxRate) tripped.push(`${name(stats.variantId)}: error rate ${(stats.errorRate * 100).toFixed(1)}% > ${(condition.maxRate * 100).toFixed(1)}%.`);
    }
    if (condition.kind === "regression") tripped.push(...passRateRegressions(comparisons));
    if (condition.kind === "p95-regression") tripped.push(...latencyRegressions(comparisons, condition.maxIncrease));
    if (condition.kind === "cost") {
      const total = Number(answersCostUsd(summary));
      if (total > condition.maxUsd) tripped.push(`Total cost $${total.toFixed(4)} > $${condition.maxUsd}.`);
    }
  }
  return tripped;
}

/** Against the baseline (comparisons of kind "runs": A = the baseline, B = this run). */
function passRateRegressions(comparisons: NamedComparison[]): string[] {
  return comparisons
    .filter((comparison) => comparison.kind === "runs" && comparison.metric === "pass_rate" && comparison.counts)
    .flatMap((comparison) => {
      const { onlyA, onlyB } = comparison.counts!;
      const p = mcnemarExact(onlyA, onlyB, "greater");
      if (p >= 0.05) return [];
      return [`${comparison.bName}: pass rate ${((comparison.difference ?? 0) * 100).toFixed(1)} points against the baseline (${onlyA} cases newly failing, ${onlyB} fixed; one-sided exact McNemar p = ${p.toFixed(4)}, ${comparison.n} paired cases).`];
    });
}

function latencyRegressions(comparisons: NamedComparison[], maxIncrease: number): string[] {
  return comparisons
    .filter((comparison) => comparison.kind === "runs" && comparison.metric === "total_ms_p95" && comparison.ratio?.ci95)
    .flatMap((comparison) => {
      const { estimate, ci95 } = comparison.ratio!;
      if (ci95![0] <= 1 + maxIncrease) return [];
      return [`${comparison.bName}: p95 total latency ×${estimate.toFixed(2)} the baseline's (95 % CI ×${ci95![0].toFixed(2)} to ×${ci95![1].toFixed(2)}, above ×${(1 + maxIncrease).toFixed(2)}; ${comparison.n} paired cases).`];
    });
}
