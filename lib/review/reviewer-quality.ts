// How far each reviewer's votes can be trusted, from the votes alone: pure functions over rows
// the caller loads (lib/review/reviewers.ts), so every figure can be checked by hand in a test.
// Pairs are in the canonical order votes are stored in (completionAId < completionBId).
import { mcnemarExact, wilsonInterval } from "../stats/proportions";

export type Choice = "a" | "b" | "tie" | "both_bad";

export interface QualityVote {
  reviewerId: string;
  completionAId: string;
  completionBId: string;
  choice: Choice;
  /** The answer shown on the left; null for votes from before sides were recorded. */
  shownLeftId: string | null;
  elapsedMs: number | null;
}

export interface GoldAnswer {
  completionAId: string;
  completionBId: string;
  expected: Choice;
}

/** A share with its Wilson 95 % interval; rate null when there is nothing to count. */
export interface Share {
  count: number;
  n: number;
  rate: number | null;
  ci95: [number, number];
}

export interface ReviewerQuality {
  reviewerId: string;
  votes: number;
  /** Leave-one-out: votes matching the majority of the OTHER reviewers on the same pair. */
  agreement: Share;
  /** Decisive (a/b) votes with a known side, where the answer shown on the left won; pValue from
   * a two-sided exact binomial test against 1/2 (null without decisive votes). */
  leftWins: Share & { pValue: number | null };
  time: { timedVotes: number; medianMs: number | null; tooFast: boolean };
  gold: Share;
  flags: Flag[];
}

export type Flag = "too-fast" | "side-bias" | "low-agreement" | "low-gold-accuracy";

/** Reading a prompt and two answers takes longer than 3 s even for the shortest pairs (at a brisk
 * 4–5 words a second that is barely a dozen words), so when half or more of a reviewer's votes
 * come faster than that, most were cast without reading both answers. */
export const TOO_FAST_MEDIAN_MS = 3000;
/** A median of one or two timings says little; the flag waits for a few. */
export const MIN_TIMED_VOTES = 5;
const SIDE_BIAS_ALPHA = 0.05;

function share(count: number, n: number): Share {
  return { count, n, rate: n > 0 ? count / n : null, ci95: wilsonInterval(count, n) };
}

const pairKey = (vote: { completionAId: string; completionBId: string }) => `${vote.completionAId}|${vote.completionBId}`;

/** Appends in place: copying each group on every vote would be quadratic. */
function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((x, y) => x - y);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** The most common choice among `choices`, or null when two or more choices share the top count
 * (no majority to agree with) or there are none. */
export function majorityChoice(choices: Choice[]): Choice | null {
  const counts = new Map<Choice, number>();
  for (const choice of choices) counts.set(choice, (counts.get(choice) ?? 0) + 1);
  const ranked = [...counts.entries()].sort((x, y) => y[1] - x[1]);
  if (ranked.length === 0 || (ranked.length > 1 && ranked[0]![1] === ranked[1]![1])) return null;
  return ranked[0]![0];
}

/** Two-sided exact binomial test of `successes` in `n` against p = 1/2. The same test as
 * McNemar's exact test on b = successes, c = n − successes (each decisive vote is a fair coin
 * under "no side bias"), so it reuses that implementation. */
export function binomialTestHalf(successes: number, n: number): number {
  return mcnemarExact(successes, n - successes);
}

export function reviewerQuality(votes: QualityVote[], gold: GoldAnswer[]): ReviewerQuality[] {
  const byPair = groupBy(votes, pairKey);
  const byReviewer = groupBy(votes, (vote) => vote.reviewerId);
  const expected = new Map(gold.map((pair) => [pairKey(pair), pair.expected]));

  return [...byReviewer.entries()].map(([reviewerId, own]) => {
    let agreed = 0;
    let compared = 0;
    let leftWon = 0;
    let decisive = 0;
    let correct = 0;
    let goldVotes = 0;
    for (const vote of own) {
      const majority = majorityChoice(byPair.get(pairKey(vote))!.filter((other) => other.reviewerId !== reviewerId).map((other) => other.choice));
      if (majority !== null) {
        compared++;
        if (vote.choice === majority) agreed++;
      }
      if (vote.shownLeftId !== null && (vote.choice === "a" || vote.choice === "b")) {
        decisive++;
        const winner = vote.choice === "a" ? vote.completionAId : vote.completionBId;
        if (winner === vote.shownLeftId) leftWon++;
      }
      const answer = expected.get(pairKey(vote));
      if (answer !== undefined) {
        goldVotes++;
        if (vote.choice === answer) correct++;
      }
    }
    const timings = own.flatMap((vote) => (vote.elapsedMs === null ? [] : [vote.elapsedMs]));
    const medianMs = median(timings);
    const tooFast = timings.length >= MIN_TIMED_VOTES && medianMs! < TOO_FAST_MEDIAN_MS;
    const leftWins = { ...share(leftWon, decisive), pValue: decisive > 0 ? binomialTestHalf(leftWon, decisive) : null };
    const agreement = share(agreed, compared);
    const goldShare = share(correct, goldVotes);
    const flags: Flag[] = [];
    if (tooFast) flags.push("too-fast");
    if (leftWins.pValue !== null && leftWins.pValue < SIDE_BIAS_ALPHA) flags.push("side-bias");
    // "Low" only when even the interval's upper end is under one half: a few unlucky votes do not flag.
    if (compared > 0 && agreement.ci95[1] < 0.5) flags.push("low-agreement");
    if (goldVotes > 0 && goldShare.ci95[1] < 0.5) flags.push("low-gold-accuracy");
    return { reviewerId, votes: own.length, agreement, leftWins, time: { timedVotes: timings.length, medianMs, tooFast }, gold: goldShare, flags };
  });
}
