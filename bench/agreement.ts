// Scenario 7: agreement between reviewers — Krippendorff's ordinal alpha over 20,000 ratings,
// the figure the review pages show. Pure computation (no database): the ratings are generated
// like a real review of 1–5 scores, two to six reviewers per answer, most within a point of
// each other. Median of 5 timed calls after one warm call.
import { krippendorffAlpha } from "../lib/stats/krippendorff";
import { percentile } from "../lib/stats/percentile";
import { seededRandom } from "../lib/stats/random";
import type { Raw, Row } from "./report";

export interface AgreementSizes {
  ratings: number;
}

const TARGET_MS = 50;
const CALLS = 5;

/** Answers with a true quality of 1–5, each rated by 2–6 reviewers who mostly agree within a point. */
export function benchRatings(total: number, seed = 7): number[][] {
  const random = seededRandom(seed);
  const units: number[][] = [];
  let count = 0;
  while (count < total) {
    const quality = 1 + Math.floor(random() * 5);
    const raters = Math.min(2 + Math.floor(random() * 5), total - count);
    const unit: number[] = [];
    for (let r = 0; r < raters; r++) {
      const noise = random() < 0.7 ? 0 : random() < 0.5 ? -1 : 1;
      unit.push(Math.min(5, Math.max(1, quality + noise)));
    }
    units.push(unit);
    count += raters;
  }
  return units;
}

export function agreementScenario(sizes: AgreementSizes, rows: Row[], raw: Raw): void {
  const units = benchRatings(sizes.ratings);
  const alpha = krippendorffAlpha(units, "ordinal");
  const times: number[] = [];
  for (let call = 0; call < CALLS; call++) {
    const started = performance.now();
    krippendorffAlpha(units, "ordinal");
    times.push(performance.now() - started);
  }
  const median = percentile(times, 0.5)!;
  raw.agreement = { ratings: sizes.ratings, units: units.length, alpha, times };
  rows.push({
    scenario: "7. Agreement",
    measure: `ordinal alpha, ${sizes.ratings.toLocaleString("en")} ratings (${units.length.toLocaleString("en")} answers)`,
    value: `${median.toFixed(1)} ms (α = ${alpha === null ? "undefined" : alpha.toFixed(3)})`,
    target: `≤ ${TARGET_MS} ms`,
    met: median <= TARGET_MS,
  });
}
