// The planner for a pass-rate comparison that found no difference: how many paired cases would
// find one of a stated size (5 points by default, and the observed difference when larger) at
// 80 % power, from the share of cases on which the two sides disagreed — or, past ten times the
// cases in hand, that the two are effectively tied. Pure.
import { pairedCasesNeeded, plannerVerdict } from "../stats/power";
import type { Comparison } from "./paired-comparison";

/** The difference worth detecting unless the data already hints at a bigger one. */
export const PLANNED_DIFFERENCE = 0.05;
export const PLANNED_POWER = 0.8;

export interface PlanTarget {
  /** The pass-rate difference to detect, in proportion points (0.05 = 5 points). */
  difference: number;
  source: "stated" | "observed";
  /** The discordant share the plan assumes: the observed one, but never below `difference` —
   * a δ-point difference needs at least δ of the cases to disagree, so when fewer did the plan
   * takes that least amount (the fewest cases such a difference could take). */
  discordantShare: number;
  /** Paired cases needed (80 % power, two-sided α = 0.05); null when effectively tied. */
  needed: number | null;
  effectivelyTied: boolean;
}

export interface PassRatePlan {
  /** Paired cases in hand. */
  have: number;
  targets: PlanTarget[];
  /** Every target needs more than ten times the cases in hand. */
  effectivelyTied: boolean;
}

/** Null unless the comparison is a pass rate with paired cases that was not called significant. */
export function planPassRate(comparison: Comparison, stated = PLANNED_DIFFERENCE): PassRatePlan | null {
  const { metric, significant, n, counts, difference } = comparison;
  if (metric !== "pass_rate" || significant || n === 0 || !counts || difference === null) return null;
  const observedShare = (counts.onlyA + counts.onlyB) / n;
  const wanted: Array<Pick<PlanTarget, "difference" | "source">> = [{ difference: stated, source: "stated" }];
  if (Math.abs(difference) > stated) wanted.push({ difference: Math.abs(difference), source: "observed" });
  const targets = wanted.map((target) => {
    const discordantShare = Math.max(observedShare, target.difference);
    const verdict = plannerVerdict(pairedCasesNeeded({ discordantShare, difference: target.difference, power: PLANNED_POWER }), n);
    return { ...target, discordantShare, ...verdict };
  });
  return { have: n, targets, effectivelyTied: targets.every((target) => target.effectivelyTied) };
}
