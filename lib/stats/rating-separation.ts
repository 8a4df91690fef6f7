// Which neighbours on the leaderboard are told apart, and what it would take for those that are
// not. Neighbours are compared only within a group (ratings from separate groups share no scale).
import type { RatedPlayer } from "./bradley-terry-intervals";
import { plannerVerdict, votesNeeded } from "./power";

export interface NeighbourSeparation {
  above: string;
  below: string;
  group: number;
  /** The two 95 % intervals overlap: the data do not order these two yet. */
  overlapping: boolean;
  /** Decisive votes already cast between the two. */
  headToHead: number;
  /** Head-to-head votes that would separate them at 80 % power if the present gap is real;
   * null when they are separated already or effectively tied. */
  votesNeeded: number | null;
  /** What is still missing: votesNeeded minus the votes already between them. */
  moreVotesNeeded: number | null;
  /** Separating them would take more than ten times the votes their group has had. */
  effectivelyTied: boolean;
}

/** `rated` sorted by group then rating (as bootstrapRatings returns it); `headToHead(a, b)` counts
 * the votes between two variants; `groupVotes[g]` the votes fitted in group g. */
export function neighbourSeparation(rated: RatedPlayer[], headToHead: (a: string, b: string) => number, groupVotes: number[]): NeighbourSeparation[] {
  const result: NeighbourSeparation[] = [];
  for (let k = 1; k < rated.length; k++) {
    const [above, below] = [rated[k - 1]!, rated[k]!];
    if (above.group !== below.group) continue;
    const overlapping = above.low <= below.high;
    const between = headToHead(above.id, below.id);
    const verdict = overlapping ? plannerVerdict(votesNeeded({ ratingGap: above.rating - below.rating }), groupVotes[above.group] ?? 0) : { needed: null, effectivelyTied: false };
    result.push({
      above: above.id,
      below: below.id,
      group: above.group,
      overlapping,
      headToHead: between,
      votesNeeded: verdict.needed,
      moreVotesNeeded: verdict.needed === null ? null : Math.max(0, verdict.needed - between),
      effectivelyTied: verdict.effectivelyTied,
    });
  }
  return result;
}
