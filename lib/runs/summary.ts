// A run's numbers, computed in SQL over the stored completions: per variant (and per concurrency
// level for load runs) counts, pass and error rates, p50/p95/p99 of TTFT and total, tokens, cost
// and cost per useful answer; error kinds; a latency histogram; the comparison with a baseline.
import { notFound } from "../api/errors";
import { db } from "../db/client";
import { costPerUsefulAnswer, passRate } from "../metrics/run-metrics";

interface StatsRow {
  variantId: string;
  concurrency: number | null;
  items: number;
  finished: number;
  done: number;
  errors: number;
  passed: number;
  attempts: number;
  ttftP50: number | null;
  ttftP95: number | null;
  ttftP99: number | null;
  totalP50: number | null;
  totalP95: number | null;
  totalP99: number | null;
  inputTokens: number;
  outputTokens: number;
  costUsd: string | null;
  firstStart: Date | null;
  lastFinish: Date | null;
}

export interface VariantStats {
  variantId: string;
  concurrency: number | null;
  items: number;
  finished: number;
  done: number;
  errors: number;
  passed: number;
  attempts: number;
  passRate: number | null;
  errorRate: number | null;
  ttft: { p50: number | null; p95: number | null; p99: number | null };
  total: { p50: number | null; p95: number | null; p99: number | null };
  inputTokens: number;
  outputTokens: number;
  costUsd: number;
  costPerUsefulAnswerUsd: number | null;
  /** Finished items per second between the first start and the last finish. */
  throughputPerSecond: number | null;
}

/** Grouped by variant, or by variant and concurrency level (load runs). Percentiles are over
 * answers that completed; counts and cost over every call. */
async function statsRows(runId: string, byLevel: boolean): Promise<StatsRow[]> {
  return db().$queryRaw<StatsRow[]>`
    SELECT i."variantId",
      CASE WHEN ${byLevel} THEN i.concurrency END AS concurrency,
      count(*)::int AS items,
      count(*) FILTER (WHERE i.status IN ('done', 'error'))::int AS finished,
      count(*) FILTER (WHERE i.status = 'done')::int AS done,
      count(*) FILTER (WHERE i.status = 'error')::int AS errors,
      count(*) FILTER (WHERE i.passed)::int AS passed,
      coalesce(sum(c.attempts), 0)::int AS attempts,
      percentile_cont(0.5) WITHIN GROUP (ORDER BY c."ttftMs") FILTER (WHERE c.status = 'done') AS "ttftP50",
      percentile_cont(0.95) WITHIN GROUP (ORDER BY c."ttftMs") FILTER (WHERE c.status = 'done') AS "ttftP95",
      percentile_cont(0.99) WITHIN GROUP (ORDER BY c."ttftMs") FILTER (WHERE c.status = 'done') AS "ttftP99",
      percentile_cont(0.5) WITHIN GROUP (ORDER BY c."totalMs") FILTER (WHERE c.status = 'done') AS "totalP50",
      percentile_cont(0.95) WITHIN GROUP (ORDER BY c."totalMs") FILTER (WHERE c.status = 'done') AS "totalP95",
      percentile_cont(0.99) WITHIN GROUP (ORDER BY c."totalMs") FILTER (WHERE c.status = 'done') AS "totalP99",
      coalesce(sum(c."inputTokens"), 0)::int AS "inputTokens",
      coalesce(sum(c."outputTokens"), 0)::int AS "outputTokens",
      sum(c."costUsd")::text AS "costUsd",
      min(i."startedAt") AS "firstStart",
      max(i."finishedAt") AS "lastFinish"
    FROM "RunItem" i LEFT JOIN "Completion" c ON c.id = i."completionId"
    WHERE i."runId" = ${runId}::uuid
    GROUP BY i."variantId", 2
    ORDER BY 2 NULLS FIRST`;
}

function toStats(row: StatsRow): VariantStats {
  const costUsd = Number(row.costUsd ?? 0);
  const seconds = row.firstStart && row.lastFinish ? (row.lastFinish.getTime() - row.firstStart.getTime()) / 1000 : 0;
  return {
    variantId: row.variantId,
    concurrency: row.concurrency,
    items: row.items,
    finished: row.finished,
    done: row.done,
    errors: row.errors,
    passed: row.passed,
    attempts: row.attempts,
    passRate: passRate(row.passed, row.finished),
    errorRate: row.finished > 0 ? row.errors / row.finished : null,
    ttft: { p50: row.ttftP50, p95: row.ttftP95, p99: row.ttftP99 },
    total: { p50: row.totalP50, p95: row.totalP95, p99: row.totalP99 },
    inputTokens: row.inputTokens,
    outputTokens: row.outputTokens,
    costUsd,
    costPerUsefulAnswerUsd: costPerUsefulAnswer(costUsd, row.passed),
    throughputPerSecond: seconds > 0 ? row.finished / seconds : null,
  };
}

export interface ErrorKindCount {
  variantId: string;
  kind: string;
  count: number;
}

async function errorKinds(runId: string): Promise<ErrorKindCount[]> {
  return db().$queryRaw<ErrorKindCount[]>`
    SELECT i."variantId", coalesce(c."errorKind"::text, 'unknown') AS kind, count(*)::int AS count
    FROM "RunItem" i JOIN "Completion" c ON c.id = i."completionId"
    WHERE i."runId" = ${runId}::uuid AND i.status = 'error'
    GROUP BY 1, 2 ORDER BY 3 DESC`;
}

export interface LatencyHistogram {
  /** Bucket edges in ms: bucket k covers [edges[k], edges[k + 1]). */
  edges: number[];
  counts: Array<{ variantId: string; bucket: number; count: number }>;
}

const HISTOGRAM_BUCKETS = 20;

/** Total time of completed answers, in equal-width buckets shared by all variants. */
async function latencyHistogram(runId: string): Promise<LatencyHistogram> {
  const [range] = await db().$queryRaw<Array<{ low: number | null; high: number | null }>>`
    SELECT min(c."totalMs") AS low, max(c."totalMs") AS high
    FROM "RunItem" i JOIN "Completion" c ON c.id = i."completionId" WHERE i."runId" = ${runId}::uuid AND c.status = 'done'`;
  if (range?.low == null || range.high == null) return { edges: [], counts: [] };
  const width = Math.max(1, Math.ceil((range.high + 1 - range.low) / HISTOGRAM_BUCKETS));
  const counts = await db().$queryRaw<Array<{ variantId: string; bucket: number; count: number }>>`
    SELECT i."variantId", ((c."totalMs" - ${range.low}::int) / ${width}::int)::int AS bucket, count(*)::int AS count
    FROM "RunItem" i JOIN "Completion" c ON c.id = i."completionId"
    WHERE i."runId" = ${runId}::uuid AND c.status = 'done'
    GROUP BY 1, 2 ORDER BY 2`;
  const buckets = Math.max(...counts.map((row) => row.bucket)) + 1;
  return { edges: Array.from({ length: buckets + 1 }, (_, k) => range.low! + k * width), counts };
}

export interface BaselineComparison {
  baselineRunId: string;
  /** Items of both runs with the same case, variant and repetition that both finished. */
  matched: number;
  unchanged: number;
  changed: number;
  newlyFailing: number;
  fixed: number;
}

async function baselineComparison(runId: string, baselineRunId: string): Promise<BaselineComparison> {
  const [row] = await db().$queryRaw<Array<Omit<BaselineComparison, "baselineRunId">>>`
    SELECT count(*)::int AS matched,
      count(*) FILTER (WHERE c."textHash" IS NOT DISTINCT FROM bc."textHash")::int AS unchanged,
      count(*) FILTER (WHERE c."textHash" IS DISTINCT FROM bc."textHash")::int AS changed,
      count(*) FILTER (WHERE b.passed AND NOT i.passed)::int AS "newlyFailing",
      count(*) FILTER (WHERE NOT b.passed AND i.passed)::int AS fixed
    FROM "RunItem" i
    JOIN "RunItem" b ON b."runId" = ${baselineRunId}::uuid AND b."caseKey" = i."caseKey" AND b."variantId" = i."variantId" AND b.repetition = i.repetition
    JOIN "Completion" c ON c.id = i."completionId"
    JOIN "Completion" bc ON bc.id = b."completionId"
    WHERE i."runId" = ${runId}::uuid AND i.status IN ('done', 'error') AND b.status IN ('done', 'error')`;
  return { baselineRunId, ...row! };
}

export interface RunSummary {
  variants: VariantStats[];
  /** Load runs: the same figures per concurrency level. */
  levels: VariantStats[];
  errorKinds: ErrorKindCount[];
  histogram: LatencyHistogram;
  baseline: BaselineComparison | null;
}

export async function runSummary(runId: string): Promise<RunSummary> {
  const run = await db().run.findUnique({ where: { id: runId }, select: { kind: true, baselineRunId: true } });
  if (!run) throw notFound("That run");
  const [variants, levels, kinds, histogram, baseline] = await Promise.all([
    statsRows(runId, false),
    run.kind === "load" ? statsRows(runId, true) : Promise.resolve([]),
    errorKinds(runId),
    latencyHistogram(runId),
    run.baselineRunId ? baselineComparison(runId, run.baselineRunId) : Promise.resolve(null),
  ]);
  return { variants: variants.map(toStats), levels: levels.map(toStats), errorKinds: kinds, histogram, baseline };
}
