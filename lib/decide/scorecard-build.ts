// Puts a scorecard together from the variants' finished items: every figure with its interval,
// the weighted score, the ranking with the variants it cannot separate, and the two frontiers.
// Pure (the database side is scorecard.ts).
import { percentileInterval } from "../stats/bootstrap";
import { frontierPlots, type FrontierPlot } from "./frontier";
import { metricDefinitions, metricFigures, resampleByCase, scorecardMetrics, type MetricFigure, type ScorecardItem, type ScorecardMetric } from "./scorecard-metrics";
import { bestOf, countedMetrics, rankByScore, separationSentence, weightedScore, type Figures, type Separation, type Weights } from "./scorecard-score";

export interface ScorecardVariantInput {
  id: string;
  name: string;
  items: readonly ScorecardItem[];
}

export interface ScorecardMetricInfo {
  metric: ScorecardMetric;
  label: string;
  unit: "share" | "ms" | "usd" | "tokens";
  higherIsBetter: boolean;
  weight: number;
  /** Enters the score (weight above 0 and a figure for every variant). */
  counted: boolean;
}

export interface ScorecardRow {
  variantId: string;
  name: string;
  rank: number;
  tier: number;
  score: number | null;
  scoreCi95: [number, number] | null;
  figures: Record<ScorecardMetric, MetricFigure>;
  /** Against the next variant down in the ranking. */
  next: (Separation & { variantId: string; name: string; sentence: string }) | null;
}

export interface Scorecard {
  /** Test cases the variants answered: the unit of every bootstrap here. */
  cases: number;
  resamples: number;
  seed: number;
  metrics: ScorecardMetricInfo[];
  /** In rank order. */
  rows: ScorecardRow[];
  frontiers: FrontierPlot[];
  notes: string[];
}

export function buildScorecard(variants: readonly ScorecardVariantInput[], weights: Weights, options: { seed?: number; resamples?: number } = {}): Scorecard {
  const seed = options.seed ?? 1;
  const resampled = resampleByCase(
    variants.map((variant) => variant.items),
    { seed, resamples: options.resamples },
  );
  const figures = resampled.prepared.map((variant, index) => metricFigures(variant, resampled.values[index]!));
  const estimates: Figures[] = figures.map((row) => Object.fromEntries(scorecardMetrics.map((metric) => [metric, row[metric].estimate])) as Figures);
  const best = bestOf(estimates);
  const { counted, leftOut } = countedMetrics(
    weights,
    estimates,
    variants.map((variant) => variant.name),
  );
  const scores = estimates.map((row) => weightedScore(row, best, weights, counted));
  const resampledScores = resampled.values.map((values) => {
    const out = new Float64Array(resampled.resamples);
    for (let r = 0; r < resampled.resamples; r++) {
      const row = Object.fromEntries(scorecardMetrics.map((metric) => [metric, Number.isNaN(values[metric][r]!) ? null : values[metric][r]!])) as Figures;
      out[r] = weightedScore(row, best, weights, counted) ?? Number.NaN;
    }
    return out;
  });
  const ranking = rankByScore(scores, resampledScores);
  const cases = resampled.cases.length;
  const rows: ScorecardRow[] = ranking.map((ranked, position) => {
    const variant = variants[ranked.index]!;
    const below = ranking[position + 1];
    const belowVariant = below ? variants[below.index]! : null;
    const [low, high] = percentileInterval(Array.from(resampledScores[ranked.index]!), 0.95);
    return {
      variantId: variant.id,
      name: variant.name,
      rank: ranked.rank,
      tier: ranked.tier,
      score: ranked.score,
      scoreCi95: ranked.score !== null && Number.isFinite(low) && Number.isFinite(high) ? [low, high] : null,
      figures: figures[ranked.index]!,
      next: ranked.next && belowVariant ? { ...ranked.next, variantId: belowVariant.id, name: belowVariant.name, sentence: separationSentence(variant.name, belowVariant.name, ranked.next, cases) } : null,
    };
  });
  const metrics = scorecardMetrics.map((metric) => ({ metric, label: metricDefinitions[metric].label, unit: metricDefinitions[metric].unit, higherIsBetter: metricDefinitions[metric].higherIsBetter, weight: weights[metric], counted: counted.includes(metric) }));
  const notes = [...leftOut];
  if (counted.length === 0) notes.push("No metric counts towards the score: give a weight above 0 to a metric every variant has.");
  if (variants.length > 0 && rows.every((row) => row.figures.noisy_error_rate.estimate === null)) notes.push("No noisy cases in this run: the error rate on noisy cases needs cases tagged noisy:<kind>.");
  const frontiers = frontierPlots(
    variants.map((variant, index) => ({
      id: variant.id,
      name: variant.name,
      passRate: figures[index]!.pass_rate,
      costPerUsefulAnswerUsd: figures[index]!.cost_per_useful_answer_usd,
      totalMsP95: figures[index]!.total_ms_p95,
    })),
  );
  return { cases, resamples: resampled.resamples, seed, metrics, rows, frontiers, notes };
}
