// One scorecard across several replays of a dataset: each variant as it did in the latest of the
// chosen runs that included it (default: every finished replay of the dataset). Test cases are
// the dataset's, so variants from different runs still pair on the cases both answered.
import "server-only";
import { z } from "zod";
import { AppError, notFound } from "../api/errors";
import { db } from "../db/client";
import { finishedItems } from "./scorecard";
import { buildScorecard, type Scorecard } from "./scorecard-build";
import { savedWeights, weightsQuery, withDefaults, type WeightsInput } from "./scorecard-weights";

const runIds = z
  .string()
  .transform((value) => value.split(",").map((part) => part.trim()).filter(Boolean))
  .pipe(z.array(z.uuid({ error: "runs is a comma-separated list of run ids." })).min(1, { error: "runs names at least one run." }).max(50, { error: "runs names at most 50 runs." }));

/** `?runs=a,b&weights=pass_rate:3,…`: which replays, and weights to preview instead of the saved ones. */
export const datasetScorecardQuery = z.object({ runs: runIds.optional(), weights: weightsQuery.optional() }).strict();

export interface DatasetScorecard extends Scorecard {
  dataset: { id: string; name: string };
  /** Where each variant's figures come from. */
  sources: Array<{ variantId: string; variantName: string; runId: string; runName: string; createdAt: Date }>;
  weightsFrom: "request" | "dataset" | "defaults";
}

export async function datasetScorecard(datasetId: string, options: { runIds?: string[]; weights?: WeightsInput; seed?: number } = {}): Promise<DatasetScorecard> {
  const dataset = await db().dataset.findUnique({ where: { id: datasetId }, select: { id: true, name: true, scorecardWeights: true } });
  if (!dataset) throw notFound("That dataset");
  const runs = await db().run.findMany({
    where: { datasetId, kind: "replay", status: { notIn: ["queued", "running"] }, ...(options.runIds && { id: { in: options.runIds } }) },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { id: true, name: true, createdAt: true, variants: { orderBy: { position: "asc" }, select: { variant: { select: { id: true, name: true } } } } },
  });
  const missing = options.runIds?.filter((id) => !runs.some((run) => run.id === id)) ?? [];
  if (missing.length > 0) {
    const detail = `runs: ${missing.join(", ")} ${missing.length === 1 ? "is not a finished replay" : "are not finished replays"} of this dataset.`;
    throw new AppError("validation", 400, detail, { errors: [{ path: "runs", message: detail }] });
  }
  // Latest run first: the first run met that has a variant is where that variant comes from.
  const sources: DatasetScorecard["sources"] = [];
  for (const run of runs) {
    for (const { variant } of run.variants) {
      if (!sources.some((source) => source.variantId === variant.id)) sources.push({ variantId: variant.id, variantName: variant.name, runId: run.id, runName: run.name, createdAt: run.createdAt });
    }
  }
  const itemsByRun = new Map<string, Awaited<ReturnType<typeof finishedItems>>>();
  for (const runId of new Set(sources.map((source) => source.runId))) itemsByRun.set(runId, await finishedItems(runId));
  const variants = sources.map((source) => ({ id: source.variantId, name: source.variantName, items: itemsByRun.get(source.runId)!.filter((item) => item.variantId === source.variantId) }));
  const saved = savedWeights(dataset.scorecardWeights);
  const scorecard = buildScorecard(variants, withDefaults(options.weights ?? saved), { seed: options.seed });
  const notes = new Set(sources.map((source) => source.runId)).size > 1 ? ["The variants come from different runs: a difference between them is also one of time (and of prompt version, when the runs used different ones)."] : [];
  return { ...scorecard, notes: [...scorecard.notes, ...notes], dataset: { id: dataset.id, name: dataset.name }, sources, weightsFrom: options.weights ? "request" : saved ? "dataset" : "defaults" };
}
