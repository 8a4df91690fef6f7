// The quality–cost and quality–latency frontiers: one point per variant (pass rate against cost
// per useful answer, and against p95 total latency), each with its intervals as whiskers, and the
// Pareto-optimal variants marked. Pure; the chart only renders what this returns.

export interface FrontierInput {
  id: string;
  /** Pass rate (higher is better). */
  y: number | null;
  /** Cost or latency (lower is better). */
  x: number | null;
}

/** The points no other point dominates: none has a y at least as high and an x at least as low,
 * better in one of the two. Points without both figures take no part. Equal points are all kept. */
export function paretoOptimal(points: readonly FrontierInput[]): Set<string> {
  const usable = points.filter((point): point is FrontierInput & { x: number; y: number } => point.x !== null && point.y !== null);
  const optimal = new Set<string>();
  for (const point of usable) {
    const dominated = usable.some((other) => other.y >= point.y && other.x <= point.x && (other.y > point.y || other.x < point.x));
    if (!dominated) optimal.add(point.id);
  }
  return optimal;
}

interface Figure {
  estimate: number | null;
  ci95: [number, number] | null;
}

export interface FrontierVariant {
  id: string;
  name: string;
  passRate: Figure;
  costPerUsefulAnswerUsd: Figure;
  totalMsP95: Figure;
}

export interface FrontierPoint {
  id: string;
  name: string;
  x: number;
  y: number;
  /** Distances below and above the point to the interval's ends (what an error bar draws). */
  xError: [number, number];
  yError: [number, number];
  xCi95: [number, number] | null;
  yCi95: [number, number] | null;
  onFrontier: boolean;
}

export interface FrontierPlot {
  axis: "cost_per_useful_answer_usd" | "total_ms_p95";
  points: FrontierPoint[];
  /** The frontier's points from cheapest (fastest) to dearest, for the line through them. */
  frontier: Array<{ x: number; y: number }>;
  /** Variants without both figures, with why. */
  leftOut: string[];
}

const whisker = (figure: Figure): [number, number] => (figure.ci95 && figure.estimate !== null ? [Math.max(0, figure.estimate - figure.ci95[0]), Math.max(0, figure.ci95[1] - figure.estimate)] : [0, 0]);

function plot(variants: readonly FrontierVariant[], axis: FrontierPlot["axis"], pick: (variant: FrontierVariant) => Figure, missing: string): FrontierPlot {
  const optimal = paretoOptimal(variants.map((variant) => ({ id: variant.id, x: pick(variant).estimate, y: variant.passRate.estimate })));
  const points: FrontierPoint[] = [];
  const leftOut: string[] = [];
  for (const variant of variants) {
    const x = pick(variant);
    if (x.estimate === null || variant.passRate.estimate === null) {
      leftOut.push(`${variant.name}: ${x.estimate === null ? missing : "no finished items"}`);
      continue;
    }
    points.push({ id: variant.id, name: variant.name, x: x.estimate, y: variant.passRate.estimate, xError: whisker(x), yError: whisker(variant.passRate), xCi95: x.ci95, yCi95: variant.passRate.ci95, onFrontier: optimal.has(variant.id) });
  }
  const frontier = points.filter((point) => point.onFrontier).map(({ x, y }) => ({ x, y })).sort((a, b) => a.x - b.x || a.y - b.y);
  return { axis, points, frontier, leftOut };
}

/** Both plots: pass rate ↑ against cost per useful answer ↓, and against p95 total latency ↓. */
export function frontierPlots(variants: readonly FrontierVariant[]): FrontierPlot[] {
  return [plot(variants, "cost_per_useful_answer_usd", (variant) => variant.costPerUsefulAnswerUsd, "no answer passed, so no cost per useful answer"), plot(variants, "total_ms_p95", (variant) => variant.totalMsP95, "no completed answers")];
}
