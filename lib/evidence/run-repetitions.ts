// A run's repetitions: its finished items from the database, the figures from repetitions.ts.
// Only replay runs that repeat their cases have any; a load run's "repetitions" are requests.
import "server-only";
import { notFound } from "../api/errors";
import { db } from "../db/client";
import { caseLabel } from "../runs/views";
import { summariseRepetitions, type CaseRepetitions, type RepetitionUnit, type VariantRepetitions } from "./repetitions";

export interface RunRepetitions {
  runId: string;
  /** Planned repetitions per case. */
  repetitions: number;
  variants: Array<VariantRepetitions & { name: string }>;
  /** Cases × variants, flakiest first, at most `limit` of them. */
  cases: Array<CaseRepetitions & { variantName: string; label: string; position: number | null }>;
  /** Cases × variants there are in all. */
  totalCases: number;
}

interface UnitRow extends RepetitionUnit {
  variantId: string;
}

/** Latency, length and answer text count only for answers that completed, as in the summary. */
async function finishedUnits(runId: string): Promise<UnitRow[]> {
  return db().$queryRaw<UnitRow[]>`
    SELECT i."variantId", i."caseKey", i.repetition, coalesce(i.passed, false) AS passed,
      CASE WHEN c.status = 'done' THEN c."totalMs" END AS "totalMs",
      CASE WHEN c.status = 'done' THEN c."outputTokens" END AS "outputTokens",
      CASE WHEN c.status = 'done' THEN c."textHash" END AS "textHash"
    FROM "RunItem" i LEFT JOIN "Completion" c ON c.id = i."completionId"
    WHERE i."runId" = ${runId}::uuid AND i.status IN ('done', 'error')`;
}

export async function runRepetitions(runId: string, options: { limit?: number } = {}): Promise<RunRepetitions> {
  const run = await db().run.findUnique({
    where: { id: runId },
    select: { kind: true, repetitions: true, variants: { orderBy: { position: "asc" }, select: { variant: { select: { id: true, name: true } } } } },
  });
  if (!run) throw notFound("That run");
  const empty = { runId, repetitions: run.repetitions, variants: [], cases: [], totalCases: 0 };
  if (run.kind !== "replay" || run.repetitions < 2) return empty;

  const variants = run.variants.map((entry) => entry.variant);
  const units = new Map<string, RepetitionUnit[]>(variants.map((variant) => [variant.id, []]));
  for (const { variantId, ...unit } of await finishedUnits(runId)) units.get(variantId)?.push(unit);
  const summary = summariseRepetitions(units, run.repetitions);
  const name = (variantId: string) => variants.find((variant) => variant.id === variantId)?.name ?? "";
  const shown = summary.cases.slice(0, options.limit ?? 20);
  const labels = await caseLabels(runId, [...new Set(shown.map((entry) => entry.caseKey))]);
  return {
    runId,
    repetitions: run.repetitions,
    variants: summary.variants.map((figures) => ({ ...figures, name: name(figures.variantId) })),
    cases: shown.map((entry) => ({ ...entry, variantName: name(entry.variantId), label: labels.get(entry.caseKey)?.label ?? entry.caseKey, position: labels.get(entry.caseKey)?.position ?? null })),
    totalCases: summary.cases.length,
  };
}

async function caseLabels(runId: string, caseKeys: string[]): Promise<Map<string, { label: string; position: number | null }>> {
  const items = await db().runItem.findMany({
    where: { runId, caseKey: { in: caseKeys } },
    distinct: ["caseKey"],
    select: { caseKey: true, testCase: { select: { position: true, variables: true, messages: true } } },
  });
  return new Map(items.map((item) => [item.caseKey, { label: caseLabel(item.testCase), position: item.testCase?.position ?? null }]));
}
