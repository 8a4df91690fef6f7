// Bradley–Terry with the answers' length difference as a covariate — Chatbot Arena's "style
// control" (Chiang et al. 2024, lmsys.org/blog/2024-08-28-style-control), restricted to length:
//
//   P(A beats B) = σ(θ_A − θ_B + γ·x),   x = ((len_A − len_B) / (len_A + len_B)) / s
//
// where s is the root mean square of the relative differences over the votes, so γ is the change
// in log-odds for a typical length difference. Arena standardises by the standard deviation; the
// root mean square (no centring) keeps x antisymmetric, so swapping A and B flips its sign and
// the fit does not depend on which answer a vote calls A. When reviewers favour long answers, γ
// takes that share of the wins and θ keeps what length does not explain.
//
// The θ prior is the plain fit's (PRIOR_GAMES virtual half-won games against θ = 0), so with
// every x = 0 this is exactly fitBradleyTerry. γ gets a Gaussian prior (sd GAMMA_PRIOR_SD):
// when the longer answer won every vote, the maximum likelihood γ is +∞, and the prior keeps it
// finite. Intervals: the parametric bootstrap of bradley-terry-intervals.ts, vote by vote (each
// vote has its own x, so its own chance), refitted from the point estimate.
import { percentileInterval } from "./bootstrap";
import { PRIOR_GAMES, indexOutcomes, solvePositiveDefinite, tally, toRating, type PairOutcome } from "./bradley-terry";
import { connectedGroups } from "./bradley-terry-intervals";
import { seededRandom } from "./random";

export interface LengthOutcome extends PairOutcome {
  /** Characters of each answer. */
  lengthA: number;
  lengthB: number;
}

/** Prior sd of γ in log-odds per typical length difference: weak (γ = 1 is already 73 : 27). */
export const GAMMA_PRIOR_SD = 1;

interface CovariateData {
  size: number;
  i: Int32Array;
  j: Int32Array;
  score: Float64Array;
  x: Float64Array;
}

/** Relative length differences scaled by their root mean square (votes between two answers of
 * one player excluded: they are not fitted). scale 0 when no vote has a length difference. */
export function lengthCovariate(outcomes: LengthOutcome[]): { x: Float64Array; scale: number } {
  const relative = outcomes.map((outcome) => {
    const total = outcome.lengthA + outcome.lengthB;
    return outcome.a === outcome.b || total === 0 ? 0 : (outcome.lengthA - outcome.lengthB) / total;
  });
  const counted = outcomes.filter((outcome) => outcome.a !== outcome.b).length;
  const scale = counted === 0 ? 0 : Math.sqrt(relative.reduce((sum, value) => sum + value * value, 0) / counted);
  return { x: Float64Array.from(relative, (value) => (scale > 0 ? value / scale : 0)), scale };
}

const sigmoid = (value: number) => 1 / (1 + Math.exp(-value));

interface Evaluation {
  value: number;
  gradient: Float64Array;
  /** The negated Hessian (positive definite), row-major; γ is the last row and column. */
  information: Float64Array;
}

/** Log posterior (up to a constant), its gradient and information at (θ, γ), in ONE pass over
 * the votes: a bootstrap refits a thousand times, and each vote's exp is the cost that counts. */
function evaluate(data: CovariateData, theta: Float64Array, gamma: number, precision: number, withGamma: boolean, into: Evaluation): void {
  const { size } = data;
  const dimension = size + (withGamma ? 1 : 0);
  const { gradient, information } = into;
  gradient.fill(0);
  information.fill(0);
  let value = -(precision * gamma * gamma) / 2;
  for (let p = 0; p < size; p++) {
    const own = sigmoid(theta[p]!);
    value += (PRIOR_GAMES / 2) * theta[p]! - PRIOR_GAMES * (Math.max(theta[p]!, 0) - Math.log(theta[p]! >= 0 ? own : 1 - own));
    gradient[p] = PRIOR_GAMES / 2 - PRIOR_GAMES * own;
    information[p * dimension + p] = PRIOR_GAMES * own * (1 - own);
  }
  const g = size; // index of γ
  if (withGamma) {
    gradient[g] = -precision * gamma;
    information[g * dimension + g] = precision;
  }
  for (let k = 0; k < data.i.length; k++) {
    const a = data.i[k]!;
    const b = data.j[k]!;
    if (a === b) continue;
    const x = data.x[k]!;
    const eta = theta[a]! - theta[b]! + gamma * x;
    // One exp serves both σ(η) and softplus(η) = max(η, 0) + log1p(e^−|η|).
    const tail = Math.exp(-Math.abs(eta));
    const chance = eta >= 0 ? 1 / (1 + tail) : tail / (1 + tail);
    value += data.score[k]! * eta - (Math.max(eta, 0) + Math.log1p(tail));
    const residual = data.score[k]! - chance;
    const weight = chance * (1 - chance);
    gradient[a]! += residual;
    gradient[b]! -= residual;
    information[a * dimension + a]! += weight;
    information[b * dimension + b]! += weight;
    information[a * dimension + b]! -= weight;
    information[b * dimension + a]! -= weight;
    if (!withGamma) continue;
    gradient[g]! += residual * x;
    information[g * dimension + g]! += weight * x * x;
    information[a * dimension + g]! += weight * x;
    information[g * dimension + a]! += weight * x;
    information[b * dimension + g]! -= weight * x;
    information[g * dimension + b]! -= weight * x;
  }
  into.value = value;
}

/** MAP (θ, γ) by damped Newton steps on the strictly concave log posterior (θ is not centred).
 * With a flat γ prior (sd = Infinity) and no length difference at all, γ is fixed at 0. */
function fitCovariate(data: CovariateData, options: { gammaPriorSd: number; start?: { theta: Float64Array; gamma: number }; tolerance?: number; maxIterations?: number }) {
  const { size } = data;
  const precision = 1 / options.gammaPriorSd ** 2;
  const withGamma = precision > 0 || data.x.some((value) => value !== 0);
  const dimension = size + (withGamma ? 1 : 0);
  const buffers = () => ({ value: 0, gradient: new Float64Array(dimension), information: new Float64Array(dimension * dimension) });
  let here = buffers();
  let there = buffers();
  const theta = options.start ? Float64Array.from(options.start.theta) : new Float64Array(size);
  let gamma = options.start && withGamma ? options.start.gamma : 0;
  const next = new Float64Array(size);
  evaluate(data, theta, gamma, precision, withGamma, here);
  let iteration = 0;
  for (; iteration < (options.maxIterations ?? 100); iteration++) {
    const step = solvePositiveDefinite(here.information, here.gradient, dimension);
    // Halve the step until the posterior does not fall (needed only far from the mode).
    let scale = 1;
    let nextGamma = gamma;
    for (let halving = 0; halving < 40; halving++, scale /= 2) {
      for (let p = 0; p < size; p++) next[p] = theta[p]! + scale * step[p]!;
      nextGamma = withGamma ? gamma + scale * step[size]! : 0;
      evaluate(data, next, nextGamma, precision, withGamma, there);
      if (there.value >= here.value - 1e-12 * Math.abs(here.value)) break;
    }
    let change = 0;
    for (let d = 0; d < dimension; d++) change = Math.max(change, Math.abs(scale * step[d]!));
    theta.set(next);
    gamma = nextGamma;
    [here, there] = [there, here];
    if (change < (options.tolerance ?? 1e-10)) break;
  }
  return { theta, gamma, iterations: iteration };
}

function prepare(outcomes: LengthOutcome[]) {
  const indexed = indexOutcomes(outcomes);
  const { x, scale } = lengthCovariate(outcomes);
  const data: CovariateData = { size: indexed.players.length, i: indexed.i, j: indexed.j, score: indexed.score, x };
  // Ratings compare only within a group of variants connected by votes: centre each on its own.
  const groups = connectedGroups(tally(indexed));
  return { players: indexed.players, data, scale, groups };
}

function centreGroups(theta: Float64Array, groups: number[][]): Float64Array {
  const centred = new Float64Array(theta.length);
  for (const members of groups) {
    const mean = members.reduce((sum, p) => sum + theta[p]!, 0) / members.length;
    for (const p of members) centred[p] = theta[p]! - mean;
  }
  return centred;
}

/** MAP log-strengths (centred on mean 0 within each connected group), γ and the scale s. */
export function fitLengthControlled(outcomes: LengthOutcome[], options: { gammaPriorSd?: number } = {}) {
  const { players, data, scale, groups } = prepare(outcomes);
  const { theta, gamma, iterations } = fitCovariate(data, { gammaPriorSd: options.gammaPriorSd ?? GAMMA_PRIOR_SD });
  const centred = centreGroups(theta, groups);
  return { theta: Object.fromEntries(players.map((player, p) => [player, centred[p]!])), gamma, scale, iterations };
}

/** Length-controlled ratings with parametric-bootstrap intervals, and γ with its interval. */
export function lengthControlledRatings(outcomes: LengthOutcome[], options: { resamples?: number; seed?: number; confidence?: number; gammaPriorSd?: number } = {}) {
  const { players, data, scale, groups } = prepare(outcomes);
  const gammaPriorSd = options.gammaPriorSd ?? GAMMA_PRIOR_SD;
  const confidence = options.confidence ?? 0.95;
  const fitted = fitCovariate(data, { gammaPriorSd });
  const resamples = Math.max(options.resamples ?? 1000, 1);
  const random = seededRandom(options.seed ?? 1);
  const chances = Float64Array.from(data.x, (x, k) => sigmoid(fitted.theta[data.i[k]!]! - fitted.theta[data.j[k]!]! + fitted.gamma * x));
  const samples = players.map(() => new Array<number>(resamples));
  const gammas = new Array<number>(resamples);
  const score = new Float64Array(data.score.length);
  for (let r = 0; r < resamples; r++) {
    // Ties are replayed as decided votes, as in the plain intervals.
    for (let k = 0; k < score.length; k++) score[k] = random() < chances[k]! ? 1 : 0;
    // Newton converges quadratically from the point estimate, and each step is a pass over every
    // vote: three steps move the interval ends by under 0.03 rating points against full
    // convergence at 40 votes (measured), less with more votes.
    const refit = fitCovariate({ ...data, score }, { gammaPriorSd, start: fitted, tolerance: 1e-8, maxIterations: 3 });
    const centred = centreGroups(refit.theta, groups);
    for (let p = 0; p < players.length; p++) samples[p]![r] = centred[p]!;
    gammas[r] = refit.gamma;
  }
  const point = centreGroups(fitted.theta, groups);
  const [gammaLow, gammaHigh] = percentileInterval(gammas, confidence);
  return {
    players: players.map((id, p) => {
      const [low, high] = percentileInterval(samples[p]!, confidence);
      return { id, rating: toRating(point[p]!), low: toRating(low), high: toRating(high) };
    }),
    gamma: { estimate: fitted.gamma, low: gammaLow, high: gammaHigh },
    scale,
  };
}
