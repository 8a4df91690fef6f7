// Bradley–Terry: P(i beats j) = p_i / (p_i + p_j). Fitted to pairwise votes with Hunter's (2004)
// minorisation–maximisation updates; ties count as half a win for each side, "both bad" votes are
// left out by the caller. Reported on the Elo-like scale Chatbot Arena uses.
import { percentile } from "./percentile";
import { seededRandom } from "./random";

export interface PairOutcome {
  a: string;
  b: string;
  /** 1 = a won, 0 = b won, 0.5 = tie. */
  scoreA: 1 | 0 | 0.5;
}

export interface Strengths {
  /** log-strength, mean 0 across players */
  theta: Record<string, number>;
  iterations: number;
}

// A pseudo-tie between every pair that met keeps an undefeated player's strength finite: the
// MLE would run to infinity. 0.1 of a game is small against any real number of votes.
const PSEUDO_TIES = 0.1;

interface Tally {
  players: string[];
  /** Wins per player (ties as halves), pseudo-ties included. */
  wins: Float64Array;
  /** games[i * n + j]: games between i and j, pseudo-ties included. */
  games: Float64Array;
}

/** Outcomes as integer pairs, once, so that resamples can tally without objects or lookups. */
function indexOutcomes(outcomes: PairOutcome[]) {
  const players = [...new Set(outcomes.flatMap((outcome) => [outcome.a, outcome.b]))].sort();
  const index = new Map(players.map((player, i) => [player, i]));
  return {
    players,
    i: Int32Array.from(outcomes, (outcome) => index.get(outcome.a)!),
    j: Int32Array.from(outcomes, (outcome) => index.get(outcome.b)!),
    score: Float64Array.from(outcomes, (outcome) => outcome.scoreA),
  };
}

function tally(indexed: ReturnType<typeof indexOutcomes>, pick: (k: number) => number, count: number): Tally {
  const n = indexed.players.length;
  const wins = new Float64Array(n);
  const games = new Float64Array(n * n);
  for (let k = 0; k < count; k++) {
    const m = pick(k);
    const i = indexed.i[m]!;
    const j = indexed.j[m]!;
    if (i === j) continue;
    wins[i]! += indexed.score[m]!;
    wins[j]! += 1 - indexed.score[m]!;
    games[i * n + j]! += 1;
    games[j * n + i]! += 1;
  }
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      if (i !== j && games[i * n + j]! > 0) {
        games[i * n + j]! += PSEUDO_TIES;
        wins[i]! += PSEUDO_TIES / 2;
      }
    }
  }
  return { players: indexed.players, wins, games };
}

/** Hunter's MM iterations on a tally; `start` (strengths) speeds up fits near a known answer. */
function fitTally({ players, wins, games }: Tally, options: { maxIterations?: number; tolerance?: number; start?: Float64Array }): { p: Float64Array; iterations: number } {
  const n = players.length;
  let p = options.start ? Float64Array.from(options.start) : new Float64Array(n).fill(1);
  const maxIterations = options.maxIterations ?? 10_000;
  const tolerance = options.tolerance ?? 1e-10;
  let iteration = 0;
  for (; iteration < maxIterations; iteration++) {
    const next = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      let denominator = 0;
      for (let j = 0; j < n; j++) if (j !== i && games[i * n + j]! > 0) denominator += games[i * n + j]! / (p[i]! + p[j]!);
      next[i] = denominator > 0 ? wins[i]! / denominator : p[i]!;
    }
    // Normalise to geometric mean 1 (strengths are only defined up to a common factor).
    const logMean = next.reduce((sum, value) => sum + Math.log(value), 0) / n;
    let change = 0;
    for (let i = 0; i < n; i++) {
      next[i] = next[i]! / Math.exp(logMean);
      change = Math.max(change, Math.abs(Math.log(next[i]!) - Math.log(p[i]!)));
    }
    p = next;
    if (change < tolerance) break;
  }
  return { p, iterations: iteration };
}

export function fitBradleyTerry(outcomes: PairOutcome[], options: { maxIterations?: number; tolerance?: number } = {}): Strengths {
  const indexed = indexOutcomes(outcomes);
  const { p, iterations } = fitTally(tally(indexed, (k) => k, outcomes.length), options);
  return { theta: Object.fromEntries(indexed.players.map((player, i) => [player, Math.log(p[i]!)])), iterations };
}

/** Elo-like points: 400 points = 10:1 odds, centred on 1000. */
export const toRating = (theta: number) => 1000 + (400 / Math.LN10) * theta;

export interface RatedPlayer {
  id: string;
  rating: number;
  low: number;
  high: number;
}

/** Ratings with percentile-bootstrap 95% intervals: votes resampled with replacement. */
export function bootstrapRatings(outcomes: PairOutcome[], options: { resamples?: number; seed?: number; level?: number } = {}): RatedPlayer[] {
  const resamples = Math.max(options.resamples ?? 1000, 1);
  const level = options.level ?? 0.95;
  const random = seededRandom(options.seed ?? 1);
  const indexed = indexOutcomes(outcomes);
  const fitted = fitTally(tally(indexed, (k) => k, outcomes.length), {});
  const point = Object.fromEntries(indexed.players.map((player, i) => [player, Math.log(fitted.p[i]!)]));
  const samples = new Map(Object.keys(point).map((id) => [id, [] as number[]]));
  const count = outcomes.length;
  for (let r = 0; r < resamples; r++) {
    // Votes drawn with replacement, tallied straight into counts; the fit starts from the point
    // estimate, which a resample is close to.
    const resample = tally(indexed, () => Math.floor(random() * count), count);
    const { p } = fitTally(resample, { tolerance: 1e-7, start: fitted.p });
    for (let i = 0; i < indexed.players.length; i++) {
      // A player missing from a resample has no games in it, so no rating; its interval uses the others.
      if (hasGames(resample, i)) samples.get(indexed.players[i]!)!.push(toRating(Math.log(p[i]!)));
    }
  }
  return Object.entries(point)
    .map(([id, theta]) => {
      const sorted = samples.get(id)!.sort((x, y) => x - y);
      return { id, rating: toRating(theta), low: percentile(sorted, (1 - level) / 2, { sorted: true })!, high: percentile(sorted, 1 - (1 - level) / 2, { sorted: true })! };
    })
    .sort((x, y) => y.rating - x.rating);
}

/** Roughly how many more votes between two players would make their intervals stop
 * overlapping, assuming widths shrink as 1/√n and the gap stays. Null when they already
 * separate or are tied (no number of votes separates equals). */
export function votesToSeparate(a: RatedPlayer, b: RatedPlayer, votesSoFar: number): number | null {
  const gap = Math.abs(a.rating - b.rating);
  const [upper, lower] = a.rating >= b.rating ? [a, b] : [b, a];
  if (upper.low > lower.high) return null;
  if (gap < 1e-9 || votesSoFar === 0) return null;
  const halfWidths = (upper.rating - upper.low) + (lower.high - lower.rating);
  const factor = (halfWidths / gap) ** 2;
  return Math.max(1, Math.ceil(votesSoFar * factor - votesSoFar));
}

function hasGames({ games, players }: Tally, i: number): boolean {
  const n = players.length;
  for (let j = 0; j < n; j++) if (games[i * n + j]! > 0) return true;
  return false;
}
