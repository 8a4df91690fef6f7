// What the API, the run page and `juxta judge` show of judgings: progress, how consistent the
// judge was across the two orders (with a Wilson interval), what its calls cost, and — for one
// judging — every verdict and the wins per pair of variants.
import "server-only";
import { notFound } from "../api/errors";
import { db } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { wilsonInterval } from "../stats/proportions";
import type { JudgingView } from "./api-schemas";

export type { JudgingView };

const judgingInclude = {
  judgeVariant: { select: { id: true, name: true } },
  createdBy: { select: { name: true } },
} satisfies Prisma.JudgingInclude;

type JudgingRow = Prisma.JudgingGetPayload<{ include: typeof judgingInclude }>;

interface JudgingNumbers {
  judgingId: string;
  verdicts: number;
  reached: number;
  consistent: number;
  errors: number;
  calls: number;
  inputTokens: number;
  outputTokens: number;
  costUsd: string | null;
  meanTotalMs: number | null;
}

/** Verdicts and calls per judging: two grouped scans, whatever the number of judgings. */
async function numbersOf(ids: string[]): Promise<Map<string, JudgingNumbers>> {
  if (ids.length === 0) return new Map();
  const rows = await db().$queryRaw<JudgingNumbers[]>`
    SELECT j.id AS "judgingId", coalesce(v.verdicts, 0)::int AS verdicts, coalesce(v.reached, 0)::int AS reached,
      coalesce(v.consistent, 0)::int AS consistent, coalesce(v.errors, 0)::int AS errors,
      coalesce(c.calls, 0)::int AS calls, coalesce(c."inputTokens", 0)::int AS "inputTokens", coalesce(c."outputTokens", 0)::int AS "outputTokens",
      c."costUsd", c."meanTotalMs"
    FROM unnest(${ids}::uuid[]) AS j(id)
    LEFT JOIN (
      SELECT "judgingId", count(*) AS verdicts, count(*) FILTER (WHERE consistent IS NOT NULL) AS reached,
        count(*) FILTER (WHERE consistent) AS consistent, count(*) FILTER (WHERE error IS NOT NULL) AS errors
      FROM "JudgeVerdict" WHERE "judgingId" = ANY(${ids}::uuid[]) GROUP BY 1
    ) v ON v."judgingId" = j.id
    LEFT JOIN (
      SELECT "judgingId", count(*) AS calls, sum("inputTokens") AS "inputTokens", sum("outputTokens") AS "outputTokens",
        sum("costUsd")::text AS "costUsd", avg("totalMs")::float8 AS "meanTotalMs"
      FROM "Completion" WHERE "judgingId" = ANY(${ids}::uuid[]) GROUP BY 1
    ) c ON c."judgingId" = j.id`;
  return new Map(rows.map((row) => [row.judgingId, row]));
}

function toView(row: JudgingRow, numbers: JudgingNumbers | undefined): JudgingView {
  const n = numbers?.reached ?? 0;
  const consistent = numbers?.consistent ?? 0;
  return {
    id: row.id,
    runId: row.runId,
    status: row.status,
    error: row.error,
    judge: row.judgeVariant,
    rubric: row.rubric,
    createdBy: row.createdBy.name,
    createdAt: row.createdAt,
    startedAt: row.startedAt,
    finishedAt: row.finishedAt,
    /** Pairs with a verdict row (judged, failed or skipped at the budget) of all pairs. */
    progress: { judged: numbers?.verdicts ?? 0, total: row.totalPairs, errors: numbers?.errors ?? 0 },
    /** Of the pairs both orders gave a verdict on: how many agreed. */
    consistency: { n, consistent, share: n > 0 ? consistent / n : null, ci95: n > 0 ? wilsonInterval(consistent, n) : null },
    calls: numbers?.calls ?? 0,
    inputTokens: numbers?.inputTokens ?? 0,
    outputTokens: numbers?.outputTokens ?? 0,
    costUsd: Number(numbers?.costUsd ?? 0),
    meanTotalMs: numbers?.meanTotalMs ?? null,
  };
}


export async function listJudgings(runId: string): Promise<JudgingView[]> {
  const run = await db().run.findUnique({ where: { id: runId }, select: { id: true } });
  if (!run) throw notFound("That run");
  const rows = await db().judging.findMany({ where: { runId }, orderBy: { createdAt: "desc" }, include: judgingInclude });
  const numbers = await numbersOf(rows.map((row) => row.id));
  return rows.map((row) => toView(row, numbers.get(row.id)));
}

export async function getJudging(id: string): Promise<JudgingView> {
  const row = await db().judging.findUnique({ where: { id }, include: judgingInclude });
  if (!row) throw notFound("That judging");
  return toView(row, (await numbersOf([id])).get(id));
}
