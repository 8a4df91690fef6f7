// Comparisons in plain sentences: what the run page, the CLI and the API's `sentence` say. A
// difference is called one only when its test (or, without a test, its interval) says so; every
// sentence carries its n, and a small sample says it is small.
import type { Comparison, ComparisonMetric } from "./paired-comparison";
import type { PassRatePlan, PlanTarget } from "./planner";

interface MetricWords {
  /** "passes", "answers" … with more/less, or a noun phrase for a figure. */
  what: string;
  unit: "points" | "ms" | "usd" | "tokens" | "score";
  /** Higher is better (pass rate, scores) or worse (latency, cost). */
  higherIsBetter: boolean | null;
}

const words: Record<ComparisonMetric, MetricWords> = {
  pass_rate: { what: "pass rate", unit: "points", higherIsBetter: true },
  total_ms_p50: { what: "median total latency", unit: "ms", higherIsBetter: false },
  total_ms_p95: { what: "p95 total latency", unit: "ms", higherIsBetter: false },
  ttft_ms_p50: { what: "median time to first token", unit: "ms", higherIsBetter: false },
  ttft_ms_p95: { what: "p95 time to first token", unit: "ms", higherIsBetter: false },
  cost_per_answer_usd: { what: "cost per answer", unit: "usd", higherIsBetter: false },
  cost_per_useful_answer_usd: { what: "cost per useful answer", unit: "usd", higherIsBetter: false },
  output_tokens: { what: "answer length", unit: "tokens", higherIsBetter: null },
  judge_score: { what: "mean judge score", unit: "score", higherIsBetter: true },
  rating: { what: "mean rating", unit: "score", higherIsBetter: true },
};

export function metricLabel(metric: ComparisonMetric): string {
  return words[metric].what;
}

/** A signed amount in the metric's unit: "6.0 points", "120 ms", "$0.0012", "35 tokens", "0.40".
 * Without the unit word ("6.0") for the first end of a range. */
export function formatAmount(metric: ComparisonMetric, value: number, unitWord = true): string {
  const word = (unit: string) => (unitWord ? ` ${unit}` : "");
  switch (words[metric].unit) {
    case "points":
      return `${(value * 100).toFixed(1)}${word("points")}`;
    case "ms":
      return `${Math.round(value)}${word("ms")}`;
    case "usd":
      return `$${value.toFixed(Math.abs(value) >= 0.01 ? 4 : 6)}`;
    case "tokens":
      return `${Math.round(value)}${word("tokens")}`;
    case "score":
      return value.toFixed(2);
  }
}

function interval(metric: ComparisonMetric, [low, high]: [number, number]): string {
  return `95 % CI ${formatAmount(metric, low, false)} to ${formatAmount(metric, high)}`;
}

const units = (n: number) => `${n} paired ${n === 1 ? "case" : "cases"}${n < 30 ? " — a small sample" : ""}`;

/** "B passes 6.0 points more than A (95 % CI 1.2 to 10.8, p = 0.010, 200 paired cases)". */
export function comparisonSentence(comparison: Comparison, names: { a: string; b: string }): string {
  const { metric, difference, ci95, n } = comparison;
  const label = words[metric].what;
  if (n === 0 || difference === null) return `No ${label} to compare between ${names.a} and ${names.b}: no paired cases with a figure on both sides.`;
  const p = comparison.pAdjusted ?? comparison.pValue;
  const details = [ci95 ? interval(metric, ci95) : "no interval", ...(p !== null ? [`p = ${formatP(p)}${comparison.pAdjusted !== null && comparison.pAdjusted !== comparison.pValue ? " after Holm" : ""}`] : []), units(n)].join(", ");
  if (!comparison.significant) return `No detectable difference in ${label} between ${names.a} and ${names.b} (${names.b} − ${names.a} = ${formatAmount(metric, difference)}; ${details}).`;
  const direction = difference > 0 ? "higher" : "lower";
  const magnitude = formatAmount(metric, Math.abs(difference));
  if (metric === "pass_rate") return `${names.b} passes ${magnitude} ${difference > 0 ? "more" : "less"} often than ${names.a} (${details}).`;
  return `${names.b}'s ${label} is ${magnitude} ${direction} than ${names.a}'s (${details}).`;
}

export function formatP(p: number): string {
  return p < 0.001 ? "< 0.001" : p.toFixed(3);
}

const pointsOf = (difference: number) => Number((difference * 100).toFixed(1));
const points = (difference: number) => `${pointsOf(difference)}-point`;

/** "About 312 paired cases would detect a 5-point difference (80 % power)." — or, past ten times
 * the cases in hand, "Effectively tied: …". */
export function planSentence(plan: PassRatePlan): string {
  const have = `${plan.have.toLocaleString("en")} paired ${plan.have === 1 ? "case" : "cases"} here`;
  const [stated, observed] = plan.targets;
  if (!stated) return "";
  const reachable = (target: PlanTarget) => `about ${target.needed!.toLocaleString("en")} paired cases would detect ${target.source === "observed" ? `the observed ${points(target.difference)} difference` : `a ${points(target.difference)} difference`}`;
  if (plan.effectivelyTied) return `Effectively tied: detecting a ${points(stated.difference)} difference would take more than ten times the ${have}.`;
  if (stated.effectivelyTied) return `Effectively tied at ${pointsOf(stated.difference)} points (more than ten times the ${have}), but ${reachable(observed!)} (80 % power).`;
  const sentence = `${reachable(stated)}${observed ? `, ${observed.needed!.toLocaleString("en")} the observed ${points(observed.difference)} one` : ""} (80 % power).`;
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}
