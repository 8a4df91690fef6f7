// The projection itself: given every variant's answer to every case (a finished replay), which
// calls a policy would have made on each case, what they cost, how long the user waited and what
// the final answer was. Pure: no database, no new calls — the answers are the ones already stored.
import type { PolicyDefinition } from "./policy";
import { matchesInput } from "./safe-regex";

/** One stored answer of one variant to one case. */
export interface CallOutcome {
  status: "done" | "error";
  /** Every assertion passed (false for an error). */
  passed: boolean;
  costUsd: number;
  /** The call's total time; for an error, how long it took to fail. */
  totalMs: number;
  /** The lowest LLM-judge score (1–5) among the answer's assertions; null without a judge. */
  judgeScore: number | null;
}

export interface MatrixCase {
  caseKey: string;
  tags: string[];
  /** The user messages the variants were sent, joined: what inputRegex rules match. */
  input: string;
  /** By variant id. */
  calls: Record<string, CallOutcome>;
}

/** A policy whose variant references are ids of the run's variants (resolve.ts). */
export type ResolvedPolicy = PolicyDefinition;

export interface CaseProjection {
  caseKey: string;
  /** Variant ids called, in order. */
  calls: string[];
  costUsd: number;
  /** Calls are sequential: the user waits for each one in turn. */
  latencyMs: number;
  passed: boolean;
  error: boolean;
}

const outcomeOf = (entry: MatrixCase, variantId: string): CallOutcome => {
  const call = entry.calls[variantId];
  if (!call) throw new RangeError(`case ${entry.caseKey} has no answer from variant ${variantId}`);
  return call;
};

/** Calling exactly one variant: the baseline every policy is set against. */
export function projectSingle(entry: MatrixCase, variantId: string): CaseProjection {
  const call = outcomeOf(entry, variantId);
  return { caseKey: entry.caseKey, calls: [variantId], costUsd: call.costUsd, latencyMs: call.totalMs, passed: call.status === "done" && call.passed, error: call.status === "error" };
}

/** Calls `chain` in order while `moveOn` says so; the last call's answer is the final one. Each
 * call adds its cost and its waiting time (`waited`, the call's total unless cut short). */
function chain(entry: MatrixCase, variantIds: string[], moveOn: (call: CallOutcome) => boolean, waited: (call: CallOutcome, last: boolean) => number): CaseProjection {
  const projection: CaseProjection = { caseKey: entry.caseKey, calls: [], costUsd: 0, latencyMs: 0, passed: false, error: false };
  for (const [index, variantId] of variantIds.entries()) {
    const call = outcomeOf(entry, variantId);
    const last = index === variantIds.length - 1;
    projection.calls.push(variantId);
    projection.costUsd += call.costUsd;
    projection.latencyMs += waited(call, last);
    if (last || !moveOn(call)) {
      projection.passed = call.status === "done" && call.passed;
      projection.error = call.status === "error";
      break;
    }
  }
  return projection;
}

/** The projection of one case under the policy; regexes are compiled once, here. */
function caseProjector(policy: ResolvedPolicy): (entry: MatrixCase) => CaseProjection {
  switch (policy.kind) {
    case "route": {
      const matchers = policy.rules.map((rule) => {
        if ("tag" in rule) return (entry: MatrixCase) => entry.tags.includes(rule.tag);
        const pattern = new RegExp(rule.inputRegex, rule.caseInsensitive ? "i" : "");
        return (entry: MatrixCase) => matchesInput(pattern, entry.input);
      });
      return (entry) => {
        const index = matchers.findIndex((matches) => matches(entry));
        return projectSingle(entry, index >= 0 ? policy.rules[index]!.variant : policy.default);
      };
    }
    case "cascade": {
      const on = policy.escalateOn;
      const escalate = (call: CallOutcome) =>
        call.status === "error"
          ? on.error
          : (on.assertionFails && !call.passed) || (on.judgeScoreBelow !== undefined && call.judgeScore !== null && call.judgeScore < on.judgeScoreBelow);
      return (entry) => chain(entry, policy.steps, escalate, (call) => call.totalMs);
    }
    case "fallback": {
      const on = policy.on;
      // A timeout also falls back on errors: an error is an answer that never came in time.
      const fallsBack = (call: CallOutcome) => call.status === "error" || (on.kind === "timeout" && call.totalMs > on.ms);
      // A call given up at the timeout kept the user waiting only that long; the last one is
      // waited for in full, there being nothing left to fall back to.
      const waited = (call: CallOutcome, last: boolean) => (on.kind === "timeout" && !last ? Math.min(call.totalMs, on.ms) : call.totalMs);
      return (entry) => chain(entry, [policy.primary, ...policy.fallbacks], fallsBack, waited);
    }
  }
}

export function projectPolicy(policy: ResolvedPolicy, cases: MatrixCase[]): CaseProjection[] {
  return cases.map(caseProjector(policy));
}
