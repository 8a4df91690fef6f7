// A run's comparisons: every pair of its variants on the cases and repetitions both answered,
// each variant against the baseline run (or any other run) on the cases the two runs share.
// The paired units come from the database; the statistics are pure (paired-comparison.ts).
import "server-only";
import { notFound } from "../api/errors";
import { db } from "../db/client";
import { comparePaired, correctAcrossPairs, type Comparison, type UnitFigures } from "./paired-comparison";
import { planPassRate, type PassRatePlan } from "./planner";
import { comparisonSentence, planSentence } from "./sentences";

export interface NamedComparison extends Comparison {
  aName: string;
  bName: string;
  /** "variants": two variants of this run; "runs": one variant in two runs (a = the other run). */
  kind: "variants" | "runs";
  variantId: string | null;
  sentence: string;
  /** Pass rates not called different: the cases a 5-point (or the observed) difference would
   * need, or "effectively tied" (planner.ts). Null otherwise. */
  plan: (PassRatePlan & { sentence: string }) | null;
}

export interface RunComparisons {
  runId: string;
  against: { id: string; name: string | null } | null;
  comparisons: NamedComparison[];
}

interface UnitRow extends UnitFigures {
  variantId: string;
  caseKey: string;
  repetition: number;
}

/** Finished items (done or error) by variant, keyed by case and repetition. Latency counts only
 * for answers that completed, as in the run summary; cost counts every call. */
async function unitsByVariant(runId: string): Promise<Map<string, Map<string, UnitFigures>>> {
  const rows = await db().$queryRaw<UnitRow[]>`
    SELECT i."variantId", i."caseKey", i.repetition, coalesce(i.passed, false) AS passed,
      CASE WHEN c.status = 'done' THEN c."totalMs" END AS "totalMs",
      CASE WHEN c.status = 'done' THEN c."ttftMs" END AS "ttftMs",
      coalesce(c."costUsd", 0)::float8 AS "costUsd",
      CASE WHEN c.status = 'done' THEN c."outputTokens" END AS "outputTokens",
      (SELECT avg(a.score)::float8 FROM "AssertionResult" a WHERE a."completionId" = c.id AND a.type = 'llm_judge') AS "judgeScore",
      (SELECT avg(r.score)::float8 FROM "Rating" r WHERE r."completionId" = c.id) AS rating
    FROM "RunItem" i LEFT JOIN "Completion" c ON c.id = i."completionId"
    WHERE i."runId" = ${runId}::uuid AND i.status IN ('done', 'error')`;
  const byVariant = new Map<string, Map<string, UnitFigures>>();
  for (const { variantId, caseKey, repetition, ...figures } of rows) {
    if (!byVariant.has(variantId)) byVariant.set(variantId, new Map());
    byVariant.get(variantId)!.set(`${caseKey}|${repetition}`, figures);
  }
  return byVariant;
}

async function runWithVariants(runId: string) {
  const run = await db().run.findUnique({
    where: { id: runId },
    select: { id: true, name: true, baselineRunId: true, variants: { orderBy: { position: "asc" }, select: { variant: { select: { id: true, name: true } } } } },
  });
  if (!run) throw notFound("That run");
  return run;
}

/** Pairs of this run's variants (Holm across the pairs), then each variant against `againstRunId`
 * (default: the run's baseline). */
export async function runComparisons(runId: string, options: { againstRunId?: string; seed?: number } = {}): Promise<RunComparisons> {
  const run = await runWithVariants(runId);
  const units = await unitsByVariant(runId);
  const variants = run.variants.map((entry) => entry.variant);
  const seed = options.seed ?? 1;

  const pairs: NamedComparison[] = [];
  if (!options.againstRunId) {
    const raw: Array<{ comparison: Comparison; a: string; b: string }> = [];
    variants.forEach((a, i) =>
      variants.slice(i + 1).forEach((b) => {
        for (const comparison of comparePaired(a.id, b.id, units.get(a.id) ?? new Map(), units.get(b.id) ?? new Map(), seed)) raw.push({ comparison, a: a.name, b: b.name });
      }),
    );
    const corrected = correctAcrossPairs(raw.map((entry) => entry.comparison));
    corrected.forEach((comparison, index) => pairs.push(named(comparison, raw[index]!.a, raw[index]!.b, "variants", null)));
  }

  const againstId = options.againstRunId ?? run.baselineRunId;
  let against: RunComparisons["against"] = null;
  if (againstId) {
    const other = await runWithVariants(againstId);
    against = { id: other.id, name: other.name };
    const otherUnits = await unitsByVariant(againstId);
    const label = other.name ?? `run ${other.id.slice(0, 8)}`;
    const raw: Array<{ comparison: Comparison; variant: { id: string; name: string } }> = [];
    for (const variant of variants) {
      if (!other.variants.some((entry) => entry.variant.id === variant.id)) continue;
      // A is the other run (the baseline), B this run: a positive difference is this run higher.
      for (const comparison of comparePaired(other.id, run.id, otherUnits.get(variant.id) ?? new Map(), units.get(variant.id) ?? new Map(), seed)) raw.push({ comparison, variant });
    }
    correctAcrossPairs(raw.map((entry) => entry.comparison)).forEach((comparison, index) => {
      const { variant } = raw[index]!;
      pairs.push(named(comparison, `${variant.name} in ${label}`, `${variant.name} in this run`, "runs", variant.id));
    });
  }
  return { runId, against, comparisons: pairs };
}

/** Called after Holm's correction: the planner speaks only where the corrected test found nothing. */
function named(comparison: Comparison, aName: string, bName: string, kind: NamedComparison["kind"], variantId: string | null): NamedComparison {
  const plan = planPassRate(comparison);
  return { ...comparison, aName, bName, kind, variantId, sentence: comparisonSentence(comparison, { a: aName, b: bName }), plan: plan && { ...plan, sentence: planSentence(plan) } };
}
