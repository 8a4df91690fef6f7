// Pure data shaping for the run charts (STYLE rule 9): latency histogram per variant, percentiles
// against concurrency for load runs, cost per variant. Unit-tested; the components only render.
import { histogramBinLabels } from "./histogram-labels";
import { palette, type Series } from "./prepare-session-charts";

interface VariantLike {
  id: string;
  name: string;
}
interface StatsLike {
  variantId: string;
  concurrency: number | null;
  total: { p50: number | null; p95: number | null; p99: number | null };
  costUsd: string;
  costPerUsefulAnswerUsd: string | null;
  throughputPerSecond: number | null;
}
interface SummaryLike {
  variants: StatsLike[];
  levels: StatsLike[];
  histogram: { edges: number[]; counts: Array<{ variantId: string; bucket: number; count: number }> };
}

export function variantSeries(variants: VariantLike[]): Series[] {
  return variants.map((variant, index) => ({ key: `v${index}`, name: variant.name, color: palette[index % palette.length]! }));
}

/** One row per bucket ("120–180 ms", "1.05–1.10 s"), a count per variant; empty buckets are 0 (nothing fell
 * there), so the shape of the distribution shows. */
export function latencyHistogram(summary: SummaryLike, variants: VariantLike[]) {
  const series = variantSeries(variants);
  const { edges, counts } = summary.histogram;
  const rows = histogramBinLabels(edges).map((label, bucket) => {
    const row: Record<string, number | string> = { bucket: label };
    variants.forEach((variant, index) => (row[series[index]!.key] = counts.find((count) => count.variantId === variant.id && count.bucket === bucket)?.count ?? 0));
    return row;
  });
  return { rows, series };
}

/** Load runs: p50/p95/p99 of total latency and throughput at each concurrency level. A level
 * with no completed answer is a gap, not 0. */
export function percentilesByConcurrency(summary: SummaryLike) {
  return summary.levels
    .filter((level) => level.concurrency !== null)
    .sort((a, b) => a.concurrency! - b.concurrency!)
    .map((level) => ({ concurrency: level.concurrency!, p50: level.total.p50, p95: level.total.p95, p99: level.total.p99, throughput: level.throughputPerSecond }));
}

/** Total cost and cost per useful answer, a bar each per variant, in run order. */
export function costByVariant(summary: SummaryLike, variants: VariantLike[]) {
  const series = variantSeries(variants);
  return variants.map((variant, index) => {
    const stats = summary.variants.find((candidate) => candidate.variantId === variant.id);
    return { name: variant.name, color: series[index]!.color, costUsd: Number(stats?.costUsd ?? 0), perUsefulUsd: stats?.costPerUsefulAnswerUsd == null ? null : Number(stats.costPerUsefulAnswerUsd) };
  });
}
