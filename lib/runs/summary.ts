// A run's numbers, computed in SQL over the run's items (each item carries its completion's
// metrics, copied when it was saved, so no query joins the completions): per variant (and per concurrency
// level for load runs) counts, pass and error rates, p50/p95/p99 of TTFT and total, tokens, cost
// and cost per useful answer; error kinds; a latency histogram; the comparison with a baseline.
import "server-only";
import { notFound } from "../api/errors";
import { db } from "../db/client";
import { Prisma } from "../db/generated/client";
import { BASELINE_JOIN_SQL } from "./baseline";
import { fromSnapshot, toSnapshot } from "./summary-snapshot";
import { costPerUsefulAnswerUsd, passRate } from "../metrics/run-metrics";
import { wilsonInterval } from "../stats/proportions";

/** What the SQL counts and what the API passes on unchanged. */
interface Counts {
  variantId: string;
  concurrency: number | null;
  items: number;
  finished: number;
  done: number;
  errors: number;
  passed: number;
  attempts: number;
  inputTokens: number;
  outputTokens: number;
}

interface StatsRow extends Counts {
  /** p50, p95, p99 — one sort per metric (percentile_cont over an array of fractions). */
  ttft: Array<number | null> | null;
  total: Array<number | null> | null;
  costUsd: string | null;
  firstStart: Date | null;
  lastFinish: Date | null;
}

export interface VariantStats extends Counts {
  passRate: number | null;
  errorRate: number | null;
  /** Wilson 95 % intervals over the finished items; null when none finished. */
  passRateCi95: [number, number] | null;
  errorRateCi95: [number, number] | null;
  ttft: { p50: number | null; p95: number | null; p99: number | null };
  total: { p50: number | null; p95: number | null; p99: number | null };
  /** USD as decimal strings, like every amount of money a view shows. */
  costUsd: string;
  costPerUsefulAnswerUsd: string | null;
  /** Finished items per second between the first start and the last finish. */
  throughputPerSecond: number | null;
}

/** The aggregates of items `i` (one group). */
const STATS_COLUMNS = Prisma.sql`
      count(*)::int AS items,
      count(*) FILTER (WHERE i.status IN ('done', 'error'))::int AS finished,
      count(*) FILTER (WHERE i.status = 'done')::int AS done,
      count(*) FILTER (WHERE i.status = 'error')::int AS errors,
      count(*) FILTER (WHERE i.passed)::int AS passed,
      coalesce(sum(i.attempts), 0)::int AS attempts,
      percentile_cont(ARRAY[0.5, 0.95, 0.99]) WITHIN GROUP (ORDER BY i."ttftMs") FILTER (WHERE i.status = 'done') AS ttft,
      percentile_cont(ARRAY[0.5, 0.95, 0.99]) WITHIN GROUP (ORDER BY i."totalMs") FILTER (WHERE i.status = 'done') AS total,
      coalesce(sum(i."inputTokens"), 0)::int AS "inputTokens",
      coalesce(sum(i."outputTokens"), 0)::int AS "outputTokens",
      sum(i."costUsd")::text AS "costUsd",
      min(i."startedAt") AS "firstStart",
      max(i."finishedAt") AS "lastFinish"`;

/** Grouped by variant, or by variant and concurrency level (load runs). Percentiles are over
 * answers that completed (an item is done exactly when its completion is); counts and cost over
 * every call. Per variant, each variant's items are read apart through the (runId, variantId)
 * index (grouping the whole run sorted every item by variant first, spilling to disk at 100,000),
 * the variants split between two queries by the parity of their place, run side by side: at
 * 1,000,000 items one query walking the variants one after the other took a second on one core
 * while the other idled. Two, not one per variant: a summary must not take every connection of
 * the pool, and a live run's viewer polls it (one statement more than before, not one per variant). */
async function statsRows(runId: string, byLevel: boolean): Promise<StatsRow[]> {
  if (!byLevel) {
    const halves = await Promise.all(
      [0, 1].map(
        (parity) => db().$queryRaw<Array<StatsRow & { position: number }>>`
          SELECT v."variantId", v.position, NULL::int AS concurrency, s.*
          FROM ${SORT_MEMORY}, "RunVariant" v,
            LATERAL (SELECT ${STATS_COLUMNS} FROM "RunItem" i WHERE i."runId" = v."runId" AND i."variantId" = v."variantId" AND ${WITH_SORT_MEMORY}) s
          WHERE v."runId" = ${runId}::uuid AND v.position % 2 = ${parity} AND s.items > 0`,
      ),
    );
    return halves
      .flat()
      .sort((a, b) => a.position - b.position)
      .map(({ position: _position, ...row }) => row);
  }
  return db().$queryRaw<StatsRow[]>`
    SELECT i."variantId", i.concurrency, ${STATS_COLUMNS}
    FROM ${SORT_MEMORY}, "RunItem" i
    WHERE i."runId" = ${runId}::uuid AND ${WITH_SORT_MEMORY}
    GROUP BY i."variantId", 2
    ORDER BY 2 NULLS FIRST`;
}

/** The percentiles sort each variant's answers: at PostgreSQL's default 4 MB of work memory a
 * 250,000-answer variant's two sorts spilled to temporary files (eight per summary of a
 * 1,000,000-item run; ~60 ms of its ~850, BENCHMARKS.md). A sort takes only what
 * it needs, so the larger cap costs nothing on small runs. Set inside the statement itself, for
 * its own implicit transaction only (set_config's `true`): a transaction around it would be three
 * statements more per poll of a live run's summary. Every group's sorts start at its first row,
 * which the condition WITH_SORT_MEMORY holds back until the setting is made. */
const SORT_MEMORY = Prisma.sql`(SELECT set_config('work_mem', '32MB', true) AS work_mem) sort_memory`;
const WITH_SORT_MEMORY = Prisma.sql`sort_memory.work_mem IS NOT NULL`;

const percentiles = (values: Array<number | null> | null) => ({ p50: values?.[0] ?? null, p95: values?.[1] ?? null, p99: values?.[2] ?? null });

function toStats(row: StatsRow): VariantStats {
  const { ttft, total, costUsd: cost, firstStart, lastFinish, ...counts } = row;
  const costUsd = cost ?? "0";
  const seconds = firstStart && lastFinish ? (lastFinish.getTime() - firstStart.getTime()) / 1000 : 0;
  return {
    ...counts,
    passRate: passRate(row.passed, row.finished),
    errorRate: row.finished > 0 ? row.errors / row.finished : null,
    passRateCi95: row.finished > 0 ? wilsonInterval(row.passed, row.finished) : null,
    errorRateCi95: row.finished > 0 ? wilsonInterval(row.errors, row.finished) : null,
    ttft: percentiles(ttft),
    total: percentiles(total),
    costUsd,
    costPerUsefulAnswerUsd: costPerUsefulAnswerUsd(costUsd, row.passed),
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
    SELECT i."variantId", coalesce(i."errorKind"::text, 'unknown') AS kind, count(*)::int AS count
    FROM "RunItem" i
    WHERE i."runId" = ${runId}::uuid AND i.status = 'error' AND i."completionId" IS NOT NULL
    GROUP BY 1, 2 ORDER BY 3 DESC`;
}

export interface LatencyHistogram {
  /** Bucket edges in ms: bucket k covers [edges[k], edges[k + 1]). */
  edges: number[];
  counts: Array<{ variantId: string; bucket: number; count: number }>;
}

const HISTOGRAM_BUCKETS = 20;

/** Total time of completed answers, in equal-width buckets shared by all variants. The range
 * comes from the two ends of the (runId, status, totalMs, variantId) index and the buckets are
 * counted from that index alone (once the run's pages are all-visible): at 1,000,000 items,
 * materialising the answered items to take their range first was a second pass over the run. */
async function latencyHistogram(runId: string): Promise<LatencyHistogram> {
  // The range is read once, as two scalars, not joined to every answer: grouping by it as well
  // took two and a half times as long (1,000,000 items).
  const rows = await db().$queryRaw<Array<{ variantId: string; bucket: number; count: number; low: number; width: number }>>`
    WITH span AS (
      SELECT min(i."totalMs") AS low, greatest(1, ceil((max(i."totalMs") + 1 - min(i."totalMs"))::numeric / ${HISTOGRAM_BUCKETS}))::int AS width
      FROM "RunItem" i WHERE i."runId" = ${runId}::uuid AND i.status = 'done'
    ), counted AS (
      SELECT a."variantId", ((a."totalMs" - (SELECT low FROM span)) / (SELECT width FROM span))::int AS bucket, count(*)::int AS count
      FROM "RunItem" a WHERE a."runId" = ${runId}::uuid AND a.status = 'done' AND a."totalMs" IS NOT NULL
      GROUP BY 1, 2
    )
    SELECT counted.*, span.low, span.width FROM counted, span ORDER BY 2, 1`;
  if (rows.length === 0) return { edges: [], counts: [] };
  const { low, width } = rows[0]!;
  const buckets = Math.max(...rows.map((row) => row.bucket)) + 1;
  return { edges: Array.from({ length: buckets + 1 }, (_, k) => low + k * width), counts: rows.map(({ variantId, bucket, count }) => ({ variantId, bucket, count })) };
}

/** Counts of baselineVerdict (baseline.ts) over the items of both runs that both finished; the
 * four verdicts are exclusive and add up to `matched`. */
export interface BaselineComparison {
  baselineRunId: string;
  matched: number;
  unchanged: number;
  changed: number;
  newlyFailing: number;
  fixed: number;
}

async function baselineComparison(runId: string, baselineRunId: string): Promise<BaselineComparison> {
  const [row] = await db().$queryRaw<Array<Omit<BaselineComparison, "baselineRunId">>>`
    SELECT count(*)::int AS matched,
      count(*) FILTER (WHERE now_passed = before_passed AND c."textHash" IS NOT DISTINCT FROM bc."textHash")::int AS unchanged,
      count(*) FILTER (WHERE now_passed = before_passed AND c."textHash" IS DISTINCT FROM bc."textHash")::int AS changed,
      count(*) FILTER (WHERE before_passed AND NOT now_passed)::int AS "newlyFailing",
      count(*) FILTER (WHERE NOT before_passed AND now_passed)::int AS fixed
    FROM "RunItem" i
    JOIN "RunItem" b ON b."runId" = ${baselineRunId}::uuid AND ${Prisma.raw(BASELINE_JOIN_SQL)}
    LEFT JOIN "Completion" c ON c.id = i."completionId"
    LEFT JOIN "Completion" bc ON bc.id = b."completionId",
    LATERAL (SELECT coalesce(i.passed, false) AS now_passed, coalesce(b.passed, false) AS before_passed) AS verdict
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

/** A finished run's summary is read from its snapshot (written when it ended); a live run's is
 * computed from its items. Same numbers either way. */
export async function runSummary(runId: string): Promise<RunSummary> {
  const run = await db().run.findUnique({ where: { id: runId }, select: { status: true, summary: true, kind: true, baselineRunId: true } });
  if (!run) throw notFound("That run");
  const snapshot = fromSnapshot(run.summary);
  if (snapshot) return snapshot;
  const summary = await summaryOf(runId, run);
  if (run.status !== "queued" && run.status !== "running") await storeSnapshot(runId, summary);
  return summary;
}

/** Called when a run ends: its numbers will not change again. */
export async function snapshotRunSummary(runId: string): Promise<void> {
  await storeSnapshot(runId, await computeRunSummary(runId));
}

async function storeSnapshot(runId: string, summary: RunSummary) {
  // Compared with a baseline that is still running, the comparison is not final yet.
  const run = await db().run.findUnique({ where: { id: runId }, select: { baselineRun: { select: { status: true } } } });
  if (run?.baselineRun && (run.baselineRun.status === "queued" || run.baselineRun.status === "running")) return;
  await db().run.update({ where: { id: runId }, data: { summary: toSnapshot(summary) } });
}

export async function computeRunSummary(runId: string): Promise<RunSummary> {
  const run = await db().run.findUnique({ where: { id: runId }, select: { kind: true, baselineRunId: true } });
  if (!run) throw notFound("That run");
  return summaryOf(runId, run);
}

/** A live run's summary is polled every two seconds: each of these is one query over its items. */
async function summaryOf(runId: string, run: { kind: string; baselineRunId: string | null }): Promise<RunSummary> {
  const [variants, levels, kinds, histogram, baseline] = await Promise.all([
    statsRows(runId, false),
    run.kind === "load" ? statsRows(runId, true) : Promise.resolve([]),
    errorKinds(runId),
    latencyHistogram(runId),
    run.baselineRunId ? baselineComparison(runId, run.baselineRunId) : Promise.resolve(null),
  ]);
  return { variants: variants.map(toStats), levels: levels.map(toStats), errorKinds: kinds, histogram, baseline };
}
