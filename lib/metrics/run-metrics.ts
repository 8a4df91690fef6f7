// The definitions of a run's summary numbers (DESIGN.md, "Metrics"). Percentiles are computed in
// SQL with percentile_cont; lib/stats/percentile.ts is the same definition for code that holds the
// numbers already (a test keeps the two in step).
import { divideUsd } from "../format/money";

/** Total cost of a variant's calls — retries and failures included — ÷ answers that passed
 * their assertions. Null when nothing passed: no useful answer has no finite price. */
export function costPerUsefulAnswer(totalCostUsd: number, passed: number): number | null {
  return passed > 0 ? totalCostUsd / passed : null;
}

/** The same for money as the run summary shows it: a decimal string in USD, exact to 1e-8. */
export const costPerUsefulAnswerUsd = (totalCostUsd: string, passed: number): string | null => (passed > 0 ? divideUsd(totalCostUsd, passed) : null);

/** Passed ÷ items that finished (answered or failed; cancelled items are not judged). */
export function passRate(passed: number, finished: number): number | null {
  return finished > 0 ? passed / finished : null;
}
