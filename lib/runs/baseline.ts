// The one definition of a run item's baseline counterpart and of how the two compare. The
// counterpart is the baseline run's item with the same case, variant and repetition — nothing
// else (a different repetition is a different sample). An item is compared only when both it
// and its counterpart finished (done or error): a pending or running cell has no verdict yet.
import type { RunItemStatus } from "../db/generated/enums";

export interface BaselineSide {
  status: RunItemStatus;
  passed: boolean | null;
  textHash: string | null;
}

/** Exclusive: a change of pass/fail wins over a change of text. */
export type BaselineVerdict = "newly_failing" | "fixed" | "changed" | "unchanged";

export interface ItemKeyParts {
  caseKey: string;
  variantId: string;
  repetition: number;
}

/** The key an item and its counterpart share. */
export function baselineKey(item: ItemKeyParts): string {
  return `${item.caseKey}|${item.variantId}|${item.repetition}`;
}

export function isFinished(status: RunItemStatus): boolean {
  return status === "done" || status === "error";
}

export function baselineVerdict(item: BaselineSide, counterpart: BaselineSide | null | undefined): BaselineVerdict | null {
  if (!counterpart || !isFinished(item.status) || !isFinished(counterpart.status)) return null;
  const now = item.passed === true;
  const before = counterpart.passed === true;
  if (before && !now) return "newly_failing";
  if (!before && now) return "fixed";
  return item.textHash === counterpart.textHash ? "unchanged" : "changed";
}

/** The SQL condition joining item `i` to its counterpart `b` (summary.ts uses it). */
export const BASELINE_JOIN_SQL = `b."caseKey" = i."caseKey" AND b."variantId" = i."variantId" AND b.repetition = i.repetition`;
