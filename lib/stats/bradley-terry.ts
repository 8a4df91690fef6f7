// Bradley–Terry: P(i beats j) = p_i / (p_i + p_j), θ = log p. Ties count as half a win for each
// side; "both bad" votes are left out by the caller. Reported on the Elo-like scale Chatbot Arena
// uses.
//
// The fit is a MAP estimate, not the maximum likelihood one. The MLE of a variant that never lost
// is +∞, and two variants one vote apart are "separated" by any interval built around MLEs. So
// every variant also plays PRIOR_GAMES virtual games against a fixed reference of strength 1
// (θ = 0) and wins half of them. That is a proper prior on each θ — density ∝ (σ(θ)σ(−θ))^(k/2),
// bell-shaped with heavier-than-Gaussian tails, sd ≈ 2/√k logits (≈ 245 rating points for k = 2)
// — so one vote moves a rating a little, a hundred votes overwhelm it, and a genuinely large
// difference is not pulled in as hard as a Gaussian prior would. The reference also fixes the
// scale, and it makes the log posterior strictly concave, so Newton's method finds the one mode.

export interface PairOutcome {
  a: string;
  b: string;
  /** 1 = a won, 0 = b won, 0.5 = tie. */
  scoreA: 1 | 0 | 0.5;
}

/** `n` identical votes in one row: a board of 100,000 votes is a few dozen (variant A, variant
 * B, outcome) cells, and tallying cells gives exactly the tally of the votes they stand for
 * (sums of whole and half points, exact in floating point whatever the order). */
export interface CountedOutcome extends PairOutcome {
  n: number;
}

/** Virtual games per variant against the θ = 0 reference (half of them won). */
export const PRIOR_GAMES = 2;

/** Outcomes as integer pairs, once, so that fits can tally without objects or lookups. */
export interface IndexedOutcomes {
  players: string[];
  i: Int32Array;
  j: Int32Array;
  score: Float64Array;
  /** How many votes each row stands for (1 for a plain PairOutcome). */
  count: Float64Array;
}

export function indexOutcomes(outcomes: Array<PairOutcome | CountedOutcome>): IndexedOutcomes {
  const players = new Set<string>();
  for (const outcome of outcomes) players.add(outcome.a).add(outcome.b);
  const sorted = [...players].sort();
  const index = new Map(sorted.map((player, i) => [player, i]));
  return {
    players: sorted,
    i: Int32Array.from(outcomes, (outcome) => index.get(outcome.a)!),
    j: Int32Array.from(outcomes, (outcome) => index.get(outcome.b)!),
    score: Float64Array.from(outcomes, (outcome) => outcome.scoreA),
    count: Float64Array.from(outcomes, (outcome) => ("n" in outcome ? outcome.n : 1)),
  };
}

export interface Tally {
  size: number;
  /** Real wins per player (ties as halves). */
  wins: Float64Array;
  /** games[i * size + j]: real games between i and j. */
  games: Float64Array;
}

/** Wins and games of every player over all the outcomes. */
export function tally(indexed: IndexedOutcomes): Tally {
  const size = indexed.players.length;
  const wins = new Float64Array(size);
  const games = new Float64Array(size * size);
  for (let m = 0; m < indexed.i.length; m++) {
    const i = indexed.i[m]!;
    const j = indexed.j[m]!;
    if (i === j) continue;
    const count = indexed.count[m]!;
    wins[i]! += indexed.score[m]! * count;
    wins[j]! += (1 - indexed.score[m]!) * count;
    games[i * size + j]! += count;
    games[j * size + i]! += count;
  }
  return { size, wins, games };
}

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));
/** log(1 + e^x) without overflow. */
const softplus = (x: number) => Math.max(x, 0) + Math.log1p(Math.exp(-Math.abs(x)));

/** Log posterior (up to a constant): the votes' likelihood plus the virtual games. */
function logPosterior({ size, wins, games }: Tally, theta: Float64Array, prior: number): number {
  let value = 0;
  for (let i = 0; i < size; i++) {
    value += (wins[i]! + prior / 2) * theta[i]! - prior * softplus(theta[i]!);
    for (let j = i + 1; j < size; j++) if (games[i * size + j]! > 0) value -= games[i * size + j]! * (theta[j]! + softplus(theta[i]! - theta[j]!));
  }
  return value;
}

/** MAP log-strengths θ (relative to the reference, not centred) by damped Newton steps: the log
 * posterior is strictly concave (the prior sees to that), so a handful of steps converge where
 * MM iterations would crawl along the common-scale direction the prior alone pins down. `start`
 * speeds up fits near a known answer (bootstrap refits). */
export function fitTally(tallied: Tally, options: { maxIterations?: number; tolerance?: number; start?: Float64Array } = {}): { theta: Float64Array; iterations: number } {
  const { size, wins, games } = tallied;
  const prior = PRIOR_GAMES;
  const theta = options.start ? Float64Array.from(options.start) : new Float64Array(size);
  const next = new Float64Array(size);
  const gradient = new Float64Array(size);
  const information = new Float64Array(size * size);
  let current = logPosterior(tallied, theta, prior);
  const maxIterations = options.maxIterations ?? 100;
  const tolerance = options.tolerance ?? 1e-10;
  let iteration = 0;
  for (; iteration < maxIterations; iteration++) {
    // Gradient and the negated Hessian (positive definite) of the log posterior.
    information.fill(0);
    for (let i = 0; i < size; i++) {
      const own = sigmoid(theta[i]!);
      gradient[i] = wins[i]! + prior / 2 - prior * own;
      information[i * size + i] = prior * own * (1 - own);
      for (let j = 0; j < size; j++) {
        const count = games[i * size + j]!;
        if (j === i || count === 0) continue;
        const chance = sigmoid(theta[i]! - theta[j]!);
        gradient[i]! -= count * chance;
        information[i * size + i]! += count * chance * (1 - chance);
        information[i * size + j]! -= count * chance * (1 - chance);
      }
    }
    const step = solvePositiveDefinite(information, gradient, size);
    // Halve the step until the posterior does not fall (needed only far from the mode).
    let scale = 1;
    let value = current;
    for (let halving = 0; halving < 40; halving++, scale /= 2) {
      for (let i = 0; i < size; i++) next[i] = theta[i]! + scale * step[i]!;
      value = logPosterior(tallied, next, prior);
      if (value >= current - 1e-12 * Math.abs(current)) break;
    }
    let change = 0;
    for (let i = 0; i < size; i++) change = Math.max(change, Math.abs(scale * step[i]!));
    theta.set(next);
    current = value;
    if (change < tolerance) break;
  }
  return { theta, iterations: iteration };
}

/** Solves A x = b for a symmetric positive definite A (row-major, size × size) by Cholesky. */
export function solvePositiveDefinite(matrix: Float64Array, right: Float64Array, size: number): Float64Array {
  const lower = new Float64Array(size * size);
  for (let i = 0; i < size; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = matrix[i * size + j]!;
      for (let k = 0; k < j; k++) sum -= lower[i * size + k]! * lower[j * size + k]!;
      lower[i * size + j] = i === j ? Math.sqrt(sum) : sum / lower[j * size + j]!;
    }
  }
  const y = new Float64Array(size);
  for (let i = 0; i < size; i++) {
    let sum = right[i]!;
    for (let k = 0; k < i; k++) sum -= lower[i * size + k]! * y[k]!;
    y[i] = sum / lower[i * size + i]!;
  }
  const x = new Float64Array(size);
  for (let i = size - 1; i >= 0; i--) {
    let sum = y[i]!;
    for (let k = i + 1; k < size; k++) sum -= lower[k * size + i]! * x[k]!;
    x[i] = sum / lower[i * size + i]!;
  }
  return x;
}

/** θ centred on mean 0: only differences mean anything. */
export function centre(theta: Float64Array): Float64Array {
  const mean = theta.reduce((sum, value) => sum + value, 0) / Math.max(1, theta.length);
  return theta.map((value) => value - mean);
}

/** MAP log-strengths per player, centred on mean 0 (only differences mean anything). */
export function fitBradleyTerry(outcomes: PairOutcome[], options: { maxIterations?: number; tolerance?: number } = {}): { theta: Record<string, number>; iterations: number } {
  const indexed = indexOutcomes(outcomes);
  const { theta, iterations } = fitTally(tally(indexed), options);
  const centred = centre(theta);
  return { theta: Object.fromEntries(indexed.players.map((player, i) => [player, centred[i]!])), iterations };
}

/** Elo-like points: 400 points = 10:1 odds, centred on 1000. */
export const toRating = (theta: number) => 1000 + (400 / Math.LN10) * theta;
