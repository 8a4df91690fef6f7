// One judging's verdicts as the API shows them, and the judge's wins per pair of variants.
import "server-only";
import { db } from "../db/client";
import type { VoteChoice } from "../db/generated/enums";
import type { PairWins, VerdictView } from "./api-schemas";

export type { PairWins, VerdictView };

const side = { select: { id: true, variantId: true, variant: { select: { name: true } }, runItem: { select: { caseKey: true, repetition: true } } } } as const;

export async function judgingVerdicts(judgingId: string): Promise<VerdictView[]> {
  const rows = await db().judgeVerdict.findMany({ where: { judgingId }, orderBy: { createdAt: "asc" }, include: { completionA: side, completionB: side } });
  return rows.map((row) => ({
    id: row.id,
    caseKey: row.completionA.runItem?.caseKey ?? null,
    repetition: row.completionA.runItem?.repetition ?? null,
    a: { completionId: row.completionAId, variantId: row.completionA.variantId, variant: row.completionA.variant.name },
    b: { completionId: row.completionBId, variantId: row.completionB.variantId, variant: row.completionB.variant.name },
    choiceAFirst: row.choiceAFirst,
    choiceBFirst: row.choiceBFirst,
    reasonAFirst: row.reasonAFirst,
    reasonBFirst: row.reasonBFirst,
    choice: row.choice,
    consistent: row.consistent,
    error: row.error,
  }));
}


/** Wins per pair of variants, each pair oriented by the variants' names so every case counts on
 * the same side (a verdict's A and B follow completion ids, not variants). Pure. */
export function winsByVariantPair(verdicts: VerdictView[]): PairWins[] {
  const pairs = new Map<string, PairWins>();
  for (const verdict of verdicts) {
    const swapped = verdict.a.variant.localeCompare(verdict.b.variant) > 0;
    const [first, second] = swapped ? [verdict.b, verdict.a] : [verdict.a, verdict.b];
    const key = `${first.variantId}:${second.variantId}`;
    const entry = pairs.get(key) ?? { first: { id: first.variantId, name: first.variant }, second: { id: second.variantId, name: second.variant }, firstWins: 0, secondWins: 0, ties: 0, bothBad: 0, inconsistent: 0, errors: 0 };
    pairs.set(key, entry);
    const choice: VoteChoice | null = verdict.choice;
    if (choice === null) entry.errors += 1;
    else if (choice === "tie") {
      entry.ties += 1;
      if (verdict.consistent === false) entry.inconsistent += 1;
    } else if (choice === "both_bad") entry.bothBad += 1;
    else if ((choice === "a") !== swapped) entry.firstWins += 1;
    else entry.secondWins += 1;
  }
  return [...pairs.values()];
}
