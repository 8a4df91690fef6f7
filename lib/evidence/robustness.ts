// Robustness of a run on a noisy dataset (lib/datasets/noisy): for each variant and each kind of
// noise, the paired drop in pass rate from a clean case to its noisy version. The pairs are the
// same variant and repetition answering a clean case and a case perturbing it (cleanCaseId), so
// the question is McNemar's: of the pairs where exactly one side passed, did the noisy side fail
// more often than chance? McNemar exact test, Newcombe's paired interval for the drop, and Holm's
// correction across a variant's kinds (each variant is asked "which kinds hurt me?").
import "server-only";
import { notFound } from "../api/errors";
import { db } from "../db/client";
import { holm } from "../stats/multiple-testing";
import { mcnemarExact, newcombePairedDifference, type PairedCounts } from "../stats/proportions";
import { formatP } from "./sentences";

export interface PassPair {
  clean: boolean;
  noisy: boolean;
}

export interface KindDrop {
  variantId: string;
  variantName: string;
  kind: string;
  /** Pairs (clean answer, noisy answer) with both finished. */
  n: number;
  cleanPassRate: number | null;
  noisyPassRate: number | null;
  /** Clean − noisy pass rate: positive = the noise made the variant fail more. */
  drop: number | null;
  ci95: [number, number] | null;
  /** Pairs where only the clean side passed, and only the noisy side. */
  brokenByNoise: number;
  fixedByNoise: number;
  pValue: number | null;
  pAdjusted: number | null;
  significant: boolean;
  sentence: string;
}

export interface RunRobustness {
  runId: string;
  /** False when the run's dataset holds no noisy cases: there is nothing to say. */
  noisy: boolean;
  kinds: string[];
  drops: KindDrop[];
}

const ALPHA = 0.05;

/** The drop for one variant and kind, before Holm (pAdjusted = pValue). Pure. */
export function pairedDrop(pairs: PassPair[]): Pick<KindDrop, "n" | "cleanPassRate" | "noisyPassRate" | "drop" | "ci95" | "brokenByNoise" | "fixedByNoise" | "pValue"> {
  const counts: PairedCounts = { both: 0, onlyA: 0, onlyB: 0, neither: 0 };
  for (const pair of pairs) {
    if (pair.clean && pair.noisy) counts.both += 1;
    else if (pair.clean) counts.onlyA += 1;
    else if (pair.noisy) counts.onlyB += 1;
    else counts.neither += 1;
  }
  const n = pairs.length;
  if (n === 0) return { n, cleanPassRate: null, noisyPassRate: null, drop: null, ci95: null, brokenByNoise: 0, fixedByNoise: 0, pValue: null };
  const cleanPassRate = (counts.both + counts.onlyA) / n;
  const noisyPassRate = (counts.both + counts.onlyB) / n;
  return {
    n,
    cleanPassRate,
    noisyPassRate,
    drop: cleanPassRate - noisyPassRate,
    ci95: newcombePairedDifference(counts),
    brokenByNoise: counts.onlyA,
    fixedByNoise: counts.onlyB,
    pValue: mcnemarExact(counts.onlyA, counts.onlyB),
  };
}

const points = (value: number) => `${(value * 100).toFixed(1)}`;

/** "v-a passes 40.0 points less often on typos than on the clean cases (95 % CI 10.2 to 62.1
 * points, p = 0.031 after Holm, 10 pairs — a small sample)." */
export function dropSentence(drop: Omit<KindDrop, "sentence">): string {
  const { variantName: name, kind, n } = drop;
  if (n === 0 || drop.drop === null) return `No pairs of clean and ${kind} answers from ${name} to compare.`;
  const p = drop.pAdjusted ?? drop.pValue;
  const details = [
    drop.ci95 ? `95 % CI ${points(drop.ci95[0])} to ${points(drop.ci95[1])} points` : "no interval",
    ...(p !== null ? [`p = ${formatP(p)}${drop.pAdjusted !== null && drop.pAdjusted !== drop.pValue ? " after Holm" : ""}`] : []),
    `${n} ${n === 1 ? "pair" : "pairs"}${n < 30 ? " — a small sample" : ""}`,
  ].join(", ");
  if (!drop.significant) return `No detectable effect of ${kind} on ${name}'s pass rate (clean − noisy = ${points(drop.drop)} points; ${details}).`;
  return `${name} passes ${points(Math.abs(drop.drop))} points ${drop.drop > 0 ? "less" : "more"} often with ${kind} than on the clean cases (${details}).`;
}

/** Holm across the kinds of each variant, then sentences. Pure. */
export function correctByVariant(drops: Array<Omit<KindDrop, "pAdjusted" | "significant" | "sentence">>): KindDrop[] {
  const adjusted = new Map<number, number>();
  for (const variantId of new Set(drops.map((drop) => drop.variantId))) {
    const indices = drops.flatMap((drop, index) => (drop.variantId === variantId && drop.pValue !== null ? [index] : []));
    holm(indices.map((index) => drops[index]!.pValue!)).forEach((p, position) => adjusted.set(indices[position]!, p));
  }
  return drops.map((drop, index) => {
    const pAdjusted = adjusted.get(index) ?? null;
    const full = { ...drop, pAdjusted, significant: pAdjusted !== null && pAdjusted <= ALPHA };
    return { ...full, sentence: dropSentence(full) };
  });
}

interface PairRow {
  variantId: string;
  kind: string;
  cleanPassed: boolean;
  noisyPassed: boolean;
}

/** Finished items only (done or error, an error counting as a fail), as in the run's comparisons. */
export async function runRobustness(runId: string): Promise<RunRobustness> {
  const run = await db().run.findUnique({ where: { id: runId }, select: { id: true, dataset: { select: { noisyOfId: true } }, variants: { orderBy: { position: "asc" }, select: { variant: { select: { id: true, name: true } } } } } });
  if (!run) throw notFound("That run");
  const rows = await db().$queryRaw<PairRow[]>`
    SELECT n."variantId", k.kind, coalesce(c.passed, false) AS "cleanPassed", coalesce(n.passed, false) AS "noisyPassed"
    FROM "RunItem" n
    JOIN "TestCase" t ON t.id = n."testCaseId"
    CROSS JOIN LATERAL (SELECT substring(tag from 7) AS kind FROM unnest(t.tags) AS tag WHERE tag LIKE 'noisy:%' LIMIT 1) k
    JOIN "RunItem" c ON c."runId" = n."runId" AND c."variantId" = n."variantId" AND c.repetition = n.repetition AND c."testCaseId" = t."cleanCaseId"
    WHERE n."runId" = ${runId}::uuid AND n.status IN ('done', 'error') AND c.status IN ('done', 'error')`;
  const kinds = [...new Set(rows.map((row) => row.kind))].sort();
  const raw = run.variants.flatMap(({ variant }) =>
    kinds.map((kind) => {
      const pairs = rows.filter((row) => row.variantId === variant.id && row.kind === kind).map((row) => ({ clean: row.cleanPassed, noisy: row.noisyPassed }));
      return { variantId: variant.id, variantName: variant.name, kind, ...pairedDrop(pairs) };
    }),
  );
  return { runId, noisy: rows.length > 0 || (run.dataset?.noisyOfId ?? null) !== null, kinds, drops: correctByVariant(raw) };
}
