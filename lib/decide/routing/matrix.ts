// A finished replay as the projection reads it: for each case, every variant's answer from the
// first repetition (repetition 0 — later repetitions are the same question asked again, and a
// routing decision is made once per request), with its pass, cost, time and judge score.
import "server-only";
import { AppError, notFound } from "../../api/errors";
import { db } from "../../db/client";
import { MAX_REGEX_INPUT } from "./safe-regex";
import type { MatrixCase } from "./project";
import type { RunVariantRef } from "./resolve";

export interface RunMatrix {
  runId: string;
  variants: RunVariantRef[];
  /** Cases every variant answered or failed; the others cannot be compared and are left out. */
  cases: MatrixCase[];
  casesLeftOut: number;
}

interface CellRow {
  caseKey: string;
  variantId: string;
  status: "done" | "error";
  passed: boolean;
  costUsd: number;
  totalMs: number;
  judgeScore: number | null;
  tags: string[];
  input: string | null;
}

/** One row per finished item of repetition 0. The input is the user messages as sent, cut to
 * what a routing regex may see. Judge calls have completions of their own, never an item's. */
async function cells(runId: string): Promise<CellRow[]> {
  return db().$queryRaw<CellRow[]>`
    SELECT i."caseKey", i."variantId", i.status::text AS status, coalesce(i.passed, false) AS passed,
      coalesce(c."costUsd", 0)::float8 AS "costUsd", coalesce(c."totalMs", 0)::int AS "totalMs",
      (SELECT min(a.score) FROM "AssertionResult" a WHERE a."completionId" = c.id AND a.type = 'llm_judge')::float8 AS "judgeScore",
      coalesce(t.tags, '{}') AS tags,
      CASE WHEN jsonb_typeof(c.request -> 'messages') = 'array' THEN left((
        SELECT string_agg(coalesce(m ->> 'content', ''), E'\n') FROM jsonb_array_elements(c.request -> 'messages') m WHERE m ->> 'role' = 'user'
      ), ${MAX_REGEX_INPUT}) END AS input
    FROM "RunItem" i
    LEFT JOIN "Completion" c ON c.id = i."completionId"
    LEFT JOIN "TestCase" t ON t.id = i."testCaseId"
    WHERE i."runId" = ${runId}::uuid AND i.repetition = 0 AND i.status IN ('done', 'error')
    ORDER BY i.sequence`;
}

export async function loadRunMatrix(runId: string): Promise<RunMatrix> {
  const run = await db().run.findUnique({
    where: { id: runId },
    select: { kind: true, status: true, variants: { orderBy: { position: "asc" }, select: { variant: { select: { id: true, name: true } } } } },
  });
  if (!run) throw notFound("That run");
  if (run.kind !== "replay") throw new AppError("conflict", 409, "Routing what-ifs need a replay run: a load run asks one question, not a set of cases.");
  if (run.status === "queued" || run.status === "running") throw new AppError("conflict", 409, "The run is still going: project a routing policy once it has finished.");
  const variants = run.variants.map((entry) => entry.variant);
  const byCase = new Map<string, MatrixCase>();
  for (const row of await cells(runId)) {
    const entry = byCase.get(row.caseKey) ?? { caseKey: row.caseKey, tags: row.tags, input: row.input ?? "", calls: {} };
    if (!entry.input && row.input) entry.input = row.input;
    entry.calls[row.variantId] = { status: row.status, passed: row.status === "done" && row.passed, costUsd: row.costUsd, totalMs: row.totalMs, judgeScore: row.judgeScore };
    byCase.set(row.caseKey, entry);
  }
  const all = [...byCase.values()];
  const cases = all.filter((entry) => variants.every((variant) => entry.calls[variant.id]));
  return { runId, variants, cases, casesLeftOut: all.length - cases.length };
}
