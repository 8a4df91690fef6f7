// Bradley–Terry ratings with intervals that stay honest at a handful of votes.
//
// The intervals come from a PARAMETRIC bootstrap: the same pairs get the same numbers of votes
// again, each decided at random with the probability the fitted ratings give, and the ratings
// are refitted. Resampling the votes themselves (the usual bootstrap) cannot work at small n:
// from one vote, every resample is that same vote, the interval has zero width and one 1–0 vote
// "separates" two variants. Here one vote resamples to either result, so the intervals overlap.
// Seeded simulations (bradley-terry.test.ts) measure ≥ 93 % coverage of 95 % intervals at 24
// votes among 4 variants and at 2,000 votes. Ties in the data are replayed as decided votes,
// which can only widen the intervals a little.
//
// Votes only rank variants that are connected through them. When the votes fall into separate
// groups (one run compared A with B, another C with D), each group is fitted, centred on 1000 and
// ranked on its own, and every variant says which group it is in: a rating from one group says
// nothing about a rating from another.
import { binomialSampler } from "./binomial-sampler";
import { percentileInterval } from "./bootstrap";
import { centre, fitTally, indexOutcomes, tally, toRating, type CountedOutcome, type IndexedOutcomes, type PairOutcome, type Tally } from "./bradley-terry";
import { seededRandom } from "./random";

export interface RatedPlayer {
  id: string;
  rating: number;
  low: number;
  high: number;
  /** 0 for the group with the most votes, then 1, 2 … Ratings compare only within a group. */
  group: number;
  /** Real votes: decided wins and losses, and ties. */
  wins: number;
  losses: number;
  ties: number;
  /** No losses (only wins and ties) or no wins: the rating leans on the prior, not the data. */
  flag: "no-losses" | "no-wins" | null;
}

export interface RatingOptions {
  /** Bootstrap resamples per group (default 1000). */
  resamples?: number;
  seed?: number;
  /** Default 0.95. */
  confidence?: number;
}

/** Ratings, 95 % intervals, groups and flags; sorted by group, then rating (best first). The
 * votes may come one by one or counted per (a, b, outcome): the same votes give the same result
 * either way, to the last bit — everything is computed from their tally. */
export function bootstrapRatings(outcomes: Array<PairOutcome | CountedOutcome>, options: RatingOptions = {}): RatedPlayer[] {
  const indexed = indexOutcomes(outcomes);
  const whole = tally(indexed);
  const groups = connectedGroups(whole);
  const records = countRecords(indexed);
  const rated: RatedPlayer[] = [];
  groups.forEach((members, group) => {
    const intervals = groupIntervals(subTally(whole, members), { ...options, seed: (options.seed ?? 1) + group });
    members.forEach((player, position) => {
      const { wins, losses, ties } = records[player]!;
      const flag = losses === 0 && wins > 0 ? "no-losses" : wins === 0 && losses > 0 ? "no-wins" : null;
      rated.push({ id: indexed.players[player]!, ...intervals[position]!, group, wins, losses, ties, flag });
    });
  });
  return rated.sort((x, y) => x.group - y.group || y.rating - x.rating);
}

/** Point ratings and percentile intervals for one connected group. */
function groupIntervals(tallied: Tally, options: RatingOptions): Array<{ rating: number; low: number; high: number }> {
  const resamples = Math.max(options.resamples ?? 1000, 1);
  const random = seededRandom(options.seed ?? 1);
  const { size, games } = tallied;
  const fitted = fitTally(tallied).theta;
  const samples = Array.from({ length: size }, () => new Array<number>(resamples));
  const pairs: Array<{ i: number; j: number; count: number; draw: (u: number) => number }> = [];
  for (let i = 0; i < size; i++) {
    for (let j = i + 1; j < size; j++) {
      const count = games[i * size + j]!;
      if (count > 0) pairs.push({ i, j, count, draw: binomialSampler(count, 1 / (1 + Math.exp(fitted[j]! - fitted[i]!))) });
    }
  }
  const wins = new Float64Array(size);
  for (let r = 0; r < resamples; r++) {
    wins.fill(0);
    for (const { i, j, count, draw } of pairs) {
      const won = draw(random());
      wins[i]! += won;
      wins[j]! += count - won;
    }
    const refit = centre(fitTally({ size, wins, games }, { start: fitted, tolerance: 1e-8 }).theta);
    for (let i = 0; i < size; i++) samples[i]![r] = refit[i]!;
  }
  const point = centre(fitted);
  return Array.from(point, (theta, i) => {
    const [low, high] = percentileInterval(samples[i]!, options.confidence ?? 0.95);
    return { rating: toRating(theta), low: toRating(low), high: toRating(high) };
  });
}

/** Players split into groups connected by votes, largest group (most votes) first. */
export function connectedGroups({ size, games }: Tally): number[][] {
  const root = Array.from({ length: size }, (_, i) => i);
  const find = (i: number): number => (root[i] === i ? i : (root[i] = find(root[i]!)));
  for (let i = 0; i < size; i++) for (let j = i + 1; j < size; j++) if (games[i * size + j]! > 0) root[find(i)] = find(j);
  const members = new Map<number, number[]>();
  for (let i = 0; i < size; i++) members.set(find(i), [...(members.get(find(i)) ?? []), i]);
  const votes = (group: number[]) => group.reduce((sum, i) => sum + group.reduce((inner, j) => inner + games[i * size + j]!, 0), 0);
  return [...members.values()].sort((x, y) => votes(y) - votes(x) || x[0]! - y[0]!);
}

function subTally(whole: Tally, members: number[]): Tally {
  const size = members.length;
  const games = new Float64Array(size * size);
  members.forEach((i, x) => members.forEach((j, y) => (games[x * size + y] = whole.games[i * whole.size + j]!)));
  return { size, wins: Float64Array.from(members, (i) => whole.wins[i]!), games };
}

/** Each player's real wins, losses and ties (a vote between two answers of one player is none). */
function countRecords(indexed: IndexedOutcomes): Array<{ wins: number; losses: number; ties: number }> {
  const records = indexed.players.map(() => ({ wins: 0, losses: 0, ties: 0 }));
  for (let k = 0; k < indexed.i.length; k++) {
    const [a, b, score, n] = [records[indexed.i[k]!]!, records[indexed.j[k]!]!, indexed.score[k]!, indexed.count[k]!];
    if (a === b) continue;
    if (score === 1) [a.wins, b.losses] = [a.wins + n, b.losses + n];
    else if (score === 0) [a.losses, b.wins] = [a.losses + n, b.wins + n];
    else [a.ties, b.ties] = [a.ties + n, b.ties + n];
  }
  return records;
}
