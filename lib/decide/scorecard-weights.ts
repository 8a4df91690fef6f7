// The scorecard's weights: saved per dataset (Dataset.scorecardWeights), so a team that decided
// "quality three times as much as latency" for a dataset sees every run of it ranked that way.
// Metrics a saved set does not name keep their default.
import "server-only";
import { z } from "zod";
import { AppError, notFound } from "../api/errors";
import { db } from "../db/client";
import { scorecardMetrics, type ScorecardMetric } from "./scorecard-metrics";
import { DEFAULT_WEIGHTS, MAX_WEIGHT, type Weights } from "./scorecard-score";

const weight = z.number({ error: "A weight is a number from 0 to 10." }).min(0, { error: "A weight is at least 0." }).max(MAX_WEIGHT, { error: `A weight is at most ${MAX_WEIGHT}.` });

/** Any subset of the metrics, each weighted 0–10. */
export const weightsSchema = z.object(Object.fromEntries(scorecardMetrics.map((metric) => [metric, weight.optional()])) as Record<ScorecardMetric, z.ZodOptional<typeof weight>>).strict();
export type WeightsInput = z.infer<typeof weightsSchema>;

/** `pass_rate:3,total_ms_p95:1` — the weights in a query string (a preview before saving). */
export const weightsQuery = z
  .string()
  .max(400)
  .transform((value, context) => {
    const entries = value.split(",").filter(Boolean).map((pair) => pair.split(":"));
    const parsed = weightsSchema.safeParse(Object.fromEntries(entries.map(([metric, amount]) => [metric, amount === undefined || amount.trim() === "" ? Number.NaN : Number(amount)])));
    if (!parsed.success || entries.some((entry) => entry.length !== 2)) {
      context.addIssue({ code: "custom", message: `weights is metric:weight pairs, comma-separated, with metrics from ${scorecardMetrics.join(", ")} and weights from 0 to ${MAX_WEIGHT}.` });
      return z.NEVER;
    }
    return parsed.data;
  });

export const withDefaults = (input: WeightsInput | null | undefined): Weights => ({ ...DEFAULT_WEIGHTS, ...Object.fromEntries(Object.entries(input ?? {}).filter(([, value]) => value !== undefined)) });

/** What was saved, parsed again: a stored value from an older shape never breaks the scorecard. */
export function savedWeights(stored: unknown): WeightsInput | null {
  const parsed = weightsSchema.safeParse(stored);
  return parsed.success ? parsed.data : null;
}

async function activeDataset(id: string) {
  const dataset = await db().dataset.findFirst({ where: { id, archivedAt: null }, select: { id: true, scorecardWeights: true } });
  if (!dataset) throw notFound("That dataset");
  return dataset;
}

export interface DatasetWeights {
  datasetId: string;
  weights: Weights;
  /** False while the dataset has none saved (the defaults apply). */
  saved: boolean;
}

export async function getDatasetWeights(datasetId: string): Promise<DatasetWeights> {
  const saved = savedWeights((await activeDataset(datasetId)).scorecardWeights);
  return { datasetId, weights: withDefaults(saved), saved: saved !== null };
}

/** Saves the whole set (metrics left out take their default). At least one weight above 0, or
 * there would be nothing to rank by. */
export async function saveDatasetWeights(datasetId: string, input: WeightsInput): Promise<DatasetWeights> {
  await activeDataset(datasetId);
  const weights = withDefaults(input);
  if (Object.values(weights).every((value) => value === 0)) throw new AppError("validation", 400, "Give at least one metric a weight above 0.", { errors: [{ path: "(root)", message: "Give at least one metric a weight above 0." }] });
  await db().dataset.update({ where: { id: datasetId }, data: { scorecardWeights: weights } });
  return { datasetId, weights, saved: true };
}
