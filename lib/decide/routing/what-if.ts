// A routing what-if over a finished replay: the policy's projected figures next to each single
// variant's and the best single one's, all over the same cases, with bootstrap intervals.
import { formatRateWithInterval } from "../../format/figures";
import { bootstrapArms, figuresOf, type Figures, type Intervals } from "./figures";
import { describePolicy, type PolicyDefinition } from "./policy";
import { projectPolicy, projectSingle, type CaseProjection, type MatrixCase } from "./project";
import { resolvePolicy, type RunVariantRef } from "./resolve";

export interface ArmResult extends Figures {
  intervals: Intervals;
  /** This arm's pass rate minus the best single variant's, with its paired 95 % interval. */
  passRateVersusBest: { difference: number | null; ci95: [number, number] | null };
}

export interface RoutingProjection {
  policy: PolicyDefinition & { description: string };
  /** The policy on the same cases as the variants. */
  result: ArmResult & { escalatedCases: number };
  variants: Array<ArmResult & { id: string; name: string }>;
  bestVariantId: string | null;
  cases: number;
  casesLeftOut: number;
  repetition: 0;
  resamples: number;
  seed: number;
  sentence: string;
}

/** Highest pass rate; a tie goes to the lower cost per useful answer (none counts as worst). */
export function bestSingle(variants: Array<{ id: string } & Figures>): string | null {
  let best: ({ id: string } & Figures) | null = null;
  const cost = (figures: Figures) => figures.costPerUsefulAnswerUsd ?? Number.POSITIVE_INFINITY;
  for (const candidate of variants) {
    if (candidate.passRate === null) continue;
    if (!best || candidate.passRate > best.passRate! || (candidate.passRate === best.passRate && cost(candidate) < cost(best))) best = candidate;
  }
  return best?.id ?? null;
}

export function projectWhatIf(
  definition: PolicyDefinition,
  matrix: { variants: RunVariantRef[]; cases: MatrixCase[]; casesLeftOut: number },
  options: { seed?: number; resamples?: number } = {},
): RoutingProjection {
  const resolved = resolvePolicy(definition, matrix.variants);
  const seed = options.seed ?? 1;
  const policyArm = projectPolicy(resolved, matrix.cases);
  const singleArms = matrix.variants.map((variant) => matrix.cases.map((entry) => projectSingle(entry, variant.id)));
  const singles = matrix.variants.map((variant, at) => ({ ...variant, ...figuresOf(singleArms[at]!) }));
  const bestVariantId = bestSingle(singles);
  const bestAt = Math.max(0, matrix.variants.findIndex((variant) => variant.id === bestVariantId));
  // Arm 0 is the policy, then the variants in run order; differences are taken from the best.
  const boot = bootstrapArms([policyArm, ...singleArms], bestAt + 1, { seed, resamples: options.resamples });
  const bestFigures = singles[bestAt];
  const arm = (figures: Figures, index: number): ArmResult => ({
    ...figures,
    intervals: boot.intervals[index]!,
    passRateVersusBest: {
      difference: figures.passRate !== null && bestFigures?.passRate != null ? figures.passRate - bestFigures.passRate : null,
      ci95: boot.passRateDifferenceCi95[index] ?? null,
    },
  });
  const name = (ref: string) => matrix.variants.find((variant) => variant.id === ref)?.name ?? ref;
  const result = { ...arm(figuresOf(policyArm), 0), escalatedCases: policyArm.filter((projection) => projection.calls.length > 1).length };
  const variants = singles.map((single, at) => ({ ...arm(single, at + 1), id: single.id, name: single.name }));
  const description = describePolicy(resolved, name);
  return {
    policy: { ...definition, description },
    result,
    variants,
    bestVariantId,
    cases: matrix.cases.length,
    casesLeftOut: matrix.casesLeftOut,
    repetition: 0,
    resamples: boot.resamples,
    seed,
    sentence: whatIfSentence(description, result, variants.find((variant) => variant.id === bestVariantId) ?? null, policyArm),
  };
}

const dollars = (value: number | null) => (value === null ? "no useful answer" : `$${value.toFixed(value >= 0.01 ? 4 : 6)} per useful answer`);

/** "cascade a → b would pass 80 % (…, n = 5) at $0.000031 per useful answer, making a second call
 * on 3 of 5 cases; the best single variant, b, passes 100 % (…) at $0.000025 per useful answer." */
function whatIfSentence(description: string, result: ArmResult & { escalatedCases: number }, best: (ArmResult & { name: string }) | null, projections: CaseProjection[]): string {
  const n = projections.length;
  if (n === 0) return "No case was answered by every variant of this run: there is nothing to project.";
  const policyPart = `${description.charAt(0).toUpperCase()}${description.slice(1)} would pass ${formatRateWithInterval(result.passRate, result.intervals.passRate, n)} at ${dollars(result.costPerUsefulAnswerUsd)}`;
  const extra = result.escalatedCases > 0 ? `, making more than one call on ${result.escalatedCases} of ${n} cases` : "";
  if (!best) return `${policyPart}${extra}.`;
  const bestPart = `the best single variant, ${best.name}, passes ${formatRateWithInterval(best.passRate, best.intervals.passRate)} at ${dollars(best.costPerUsefulAnswerUsd)}`;
  return `${policyPart}${extra}; ${bestPart}.${n < 30 ? " A small sample: read the intervals." : ""}`;
}
