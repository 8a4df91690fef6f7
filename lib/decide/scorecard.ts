// A run's scorecard: its variants' finished items read from the database, then scored by
// scorecard-build.ts with the weights asked for, else the dataset's saved ones, else the defaults.
import "server-only";
import { AppError, notFound } from "../api/errors";
import { db } from "../db/client";
import { buildScorecard, type Scorecard } from "./scorecard-build";
import type { ScorecardItem } from "./scorecard-metrics";
import { savedWeights, withDefaults, type WeightsInput } from "./scorecard-weights";

export interface RunScorecard extends Scorecard {
  run: { id: string; name: string; status: string };
  dataset: { id: string; name: string } | null;
  weightsFrom: "request" | "dataset" | "defaults";
}

interface ItemRow extends ScorecardItem {
  variantId: string;
}

/** Finished items (done or error) with what the scorecard needs. Latency and output length count
 * only answers that completed, cost and tokens every call — as in the run summary. Judge calls are
 * never a run item's completion, and are excluded here all the same. */
export async function finishedItems(runId: string): Promise<ItemRow[]> {
  return db().$queryRaw<ItemRow[]>`
    SELECT i."variantId", i."caseKey", coalesce(i.passed, false) AS passed, i.status = 'error' AS errored,
      coalesce(EXISTS (SELECT 1 FROM unnest(t.tags) AS tag WHERE tag LIKE 'noisy:%'), false) AS noisy,
      CASE WHEN c.status = 'done' THEN c."totalMs" END AS "totalMs",
      CASE WHEN c.status = 'done' THEN c."ttftMs" END AS "ttftMs",
      CASE WHEN c.status = 'done' THEN c."outputTokens" END AS "outputTokens",
      coalesce(c."costUsd", 0)::float8 AS "costUsd",
      (coalesce(c."inputTokens", 0) + coalesce(c."outputTokens", 0))::int AS tokens,
      CASE WHEN c.status = 'done' AND m."contextWindow" > 0 THEN c."inputTokens"::float8 / m."contextWindow" END AS "contextUse"
    FROM "RunItem" i
    LEFT JOIN "Completion" c ON c.id = i."completionId" AND c."judgingId" IS NULL
    LEFT JOIN "TestCase" t ON t.id = i."testCaseId"
    JOIN "Variant" v ON v.id = i."variantId"
    JOIN "Model" m ON m.id = v."modelId"
    WHERE i."runId" = ${runId}::uuid AND i.status IN ('done', 'error')
    ORDER BY i.sequence`;
}

export async function runScorecard(runId: string, options: { weights?: WeightsInput; seed?: number } = {}): Promise<RunScorecard> {
  const run = await db().run.findUnique({
    where: { id: runId },
    select: {
      id: true,
      name: true,
      kind: true,
      status: true,
      dataset: { select: { id: true, name: true, scorecardWeights: true } },
      variants: { orderBy: { position: "asc" }, select: { variant: { select: { id: true, name: true } } } },
    },
  });
  if (!run) throw notFound("That run");
  if (run.kind !== "replay") throw new AppError("validation", 400, "A scorecard ranks variants over a dataset's cases; this run is a load test.");
  const saved = savedWeights(run.dataset?.scorecardWeights ?? null);
  const weightsFrom = options.weights ? "request" : saved ? "dataset" : "defaults";
  const weights = withDefaults(options.weights ?? saved);
  const rows = await finishedItems(runId);
  const variants = run.variants.map(({ variant }) => ({ id: variant.id, name: variant.name, items: rows.filter((row) => row.variantId === variant.id) }));
  const scorecard = buildScorecard(variants, weights, { seed: options.seed });
  return {
    ...scorecard,
    run: { id: run.id, name: run.name, status: run.status },
    dataset: run.dataset && { id: run.dataset.id, name: run.dataset.name },
    weightsFrom,
  };
}
