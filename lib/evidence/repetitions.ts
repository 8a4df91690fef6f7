// What repeating a case tells: whether a variant gets it right at least once in k tries (pass@k),
// every time (pass^k), or sometimes (a flaky case), how far its latency and answer length move
// between tries, and how many different answers it gives. Per variant, the share of cases with
// each, with a Wilson interval over cases (the cases are the independent units; repetitions of
// one case are not). Pure: the finished items come in, the figures come out.
import { percentile } from "../stats/percentile";
import { wilsonInterval } from "../stats/proportions";

/** One finished repetition (item done or error) of a case by a variant. */
export interface RepetitionUnit {
  caseKey: string;
  repetition: number;
  passed: boolean;
  /** Total latency of a completed answer; null for an error. */
  totalMs: number | null;
  /** Length of a completed answer in tokens; null for an error. */
  outputTokens: number | null;
  /** Completion.textHash of a completed answer; null for an error. */
  textHash: string | null;
}

/** Five-number summary (percentile_cont, as everywhere in Juxta). */
export interface Spread {
  min: number;
  q1: number;
  median: number;
  q3: number;
  max: number;
}

export interface CaseRepetitions {
  caseKey: string;
  variantId: string;
  /** Finished repetitions. */
  k: number;
  passes: number;
  /** At least one of the k repetitions passed. */
  passAtK: boolean;
  /** All k passed. */
  passHatK: boolean;
  /** The repetitions disagree on pass/fail. */
  flaky: boolean;
  /** Over the repetitions that answered. */
  totalMs: Spread | null;
  outputTokens: Spread | null;
  /** Different answer texts among the repetitions that answered. */
  distinctAnswers: number;
}

export interface CaseShare {
  /** Cases with the property, of `n` cases. */
  count: number;
  n: number;
  rate: number | null;
  ci95: [number, number] | null;
}

export interface VariantRepetitions {
  variantId: string;
  /** Cases with all planned repetitions finished: the shares below are over these. */
  cases: number;
  /** Cases left out because some repetition had not finished (a cancelled run). */
  incompleteCases: number;
  passAtK: CaseShare;
  passHatK: CaseShare;
  flaky: CaseShare;
  /** Complete cases whose repetitions gave more than one answer text. */
  changingAnswers: CaseShare;
}

export function spread(values: number[]): Spread | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p: number) => percentile(sorted, p, { sorted: true })!;
  return { min: sorted[0]!, q1: at(0.25), median: at(0.5), q3: at(0.75), max: sorted[sorted.length - 1]! };
}

export function caseRepetitions(caseKey: string, variantId: string, units: RepetitionUnit[]): CaseRepetitions {
  const passes = units.filter((unit) => unit.passed).length;
  const k = units.length;
  const answered = (value: (unit: RepetitionUnit) => number | null) => units.map(value).filter((figure): figure is number => figure !== null);
  return {
    caseKey,
    variantId,
    k,
    passes,
    passAtK: passes > 0,
    passHatK: k > 0 && passes === k,
    flaky: passes > 0 && passes < k,
    totalMs: spread(answered((unit) => unit.totalMs)),
    outputTokens: spread(answered((unit) => unit.outputTokens)),
    distinctAnswers: new Set(units.flatMap((unit) => (unit.textHash === null ? [] : [unit.textHash]))).size,
  };
}

function share(cases: CaseRepetitions[], has: (entry: CaseRepetitions) => boolean): CaseShare {
  const count = cases.filter(has).length;
  const n = cases.length;
  return { count, n, rate: n > 0 ? count / n : null, ci95: n > 0 ? wilsonInterval(count, n) : null };
}

export function variantRepetitions(variantId: string, cases: CaseRepetitions[], repetitions: number): VariantRepetitions {
  // A case with fewer finished tries would be judged on a smaller k: pass@2 is not pass@3.
  const complete = cases.filter((entry) => entry.k === repetitions);
  return {
    variantId,
    cases: complete.length,
    incompleteCases: cases.length - complete.length,
    passAtK: share(complete, (entry) => entry.passAtK),
    passHatK: share(complete, (entry) => entry.passHatK),
    flaky: share(complete, (entry) => entry.flaky),
    changingAnswers: share(complete, (entry) => entry.distinctAnswers > 1),
  };
}

/** Flakiest first: flaky cases before steady ones, the closer to half passing the flakier, then
 * more distinct answers, then a wider latency range; case key last so the order is stable. */
export function byFlakiness(a: CaseRepetitions, b: CaseRepetitions): number {
  const balance = (entry: CaseRepetitions) => (entry.k === 0 ? 0 : Math.min(entry.passes, entry.k - entry.passes) / entry.k);
  const range = (entry: CaseRepetitions) => (entry.totalMs ? entry.totalMs.max - entry.totalMs.min : 0);
  return Number(b.flaky) - Number(a.flaky) || balance(b) - balance(a) || b.distinctAnswers - a.distinctAnswers || range(b) - range(a) || a.caseKey.localeCompare(b.caseKey) || a.variantId.localeCompare(b.variantId);
}

/** Every case of every variant, and each variant's shares. `units` holds a variant's finished
 * items; `repetitions` is what the run planned per case. */
export function summariseRepetitions(units: Map<string, RepetitionUnit[]>, repetitions: number): { variants: VariantRepetitions[]; cases: CaseRepetitions[] } {
  const variants: VariantRepetitions[] = [];
  const cases: CaseRepetitions[] = [];
  for (const [variantId, variantUnits] of units) {
    const byCase = new Map<string, RepetitionUnit[]>();
    for (const unit of variantUnits) {
      const caseUnits = byCase.get(unit.caseKey);
      if (caseUnits) caseUnits.push(unit);
      else byCase.set(unit.caseKey, [unit]);
    }
    const variantCases = [...byCase].map(([caseKey, caseUnits]) => caseRepetitions(caseKey, variantId, caseUnits));
    variants.push(variantRepetitions(variantId, variantCases, repetitions));
    cases.push(...variantCases);
  }
  return { variants, cases: cases.sort(byFlakiness) };
}
