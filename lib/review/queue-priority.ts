// Which two variants the review queue asks about next: the comparison whose next vote should
// shrink the leaderboard's uncertainty most. Pure, so the order can be checked on a made-up board.
//
// Every variant pair with pairs left to review falls in one of three tiers, served in order:
//   0. unlinked — a variant not on the board yet, or the two in separate vote groups: the board
//      cannot compare them at all, and one vote links them. Fewest votes between them first.
//   1. overlapping neighbours — next to each other on the board with overlapping 95 % intervals:
//      the votes do not order them yet. Score = overlap of the two intervals (rating points)
//      ÷ (1 + head-to-head votes): the more the intervals overlap, the more a vote can move, and
//      the more votes they already have, the less one more adds. Highest score first.
//   2. the rest (separated neighbours, non-neighbours) — fewest votes between them first.
// With no votes at all every pair is unlinked, which is the plain least-voted-first rule.
import type { OpenVariantPair } from "./queue-candidates";

export interface BoardView {
  variants: Array<{ id: string; low: number; high: number; group: number }>;
  separation: Array<{ above: string; below: string; overlapping: boolean; headToHead: number }>;
  /** Votes per variant pair, both-bad included (`a` < `b` or not: either order is looked up). */
  matrix: Array<{ a: string; b: string; n: number; bothBad: number }>;
}

export interface RankedVariantPair extends OpenVariantPair {
  tier: 0 | 1 | 2;
  /** Within tier 1 the score above, higher first; in tiers 0 and 2 minus the votes between them. */
  score: number;
}

const key = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

export function rankVariantPairs(open: OpenVariantPair[], board: BoardView): RankedVariantPair[] {
  const rated = new Map(board.variants.map((variant) => [variant.id, variant]));
  const neighbours = new Map(board.separation.map((pair) => [key(pair.above, pair.below), pair]));
  const votes = new Map(board.matrix.map((pair) => [key(pair.a, pair.b), pair.n + pair.bothBad]));
  return open
    .map((pair): RankedVariantPair => {
      const [x, y] = [rated.get(pair.x), rated.get(pair.y)];
      const between = votes.get(key(pair.x, pair.y)) ?? 0;
      if (!x || !y || x.group !== y.group) return { ...pair, tier: 0, score: -between };
      const neighbour = neighbours.get(key(pair.x, pair.y));
      if (neighbour?.overlapping) {
        const overlap = Math.max(0, Math.min(x.high, y.high) - Math.max(x.low, y.low));
        return { ...pair, tier: 1, score: overlap / (1 + neighbour.headToHead) };
      }
      return { ...pair, tier: 2, score: -between };
    })
    .sort((p, q) => p.tier - q.tier || q.score - p.score);
}

/** The best-ranked variant pair, one of the equally good ones at random. */
export function pickVariantPair(ranked: RankedVariantPair[], random: () => number): RankedVariantPair | null {
  const best = ranked[0];
  if (!best) return null;
  const equal = ranked.filter((pair) => pair.tier === best.tier && pair.score === best.score);
  return equal[Math.floor(random() * equal.length)]!;
}
