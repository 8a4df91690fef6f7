// What the API and pages show of runs: the run with its progress, its items page by page, and
// one item in full with its baseline counterpart.
import "server-only";
import type { z } from "zod";
import { notFound } from "../api/errors";
import { metricsOf } from "../completions/view";
import { db } from "../db/client";
import { Prisma } from "../db/generated/client";
import { judgingCostsOf } from "../judging/costs";
import { EXCERPT, fromJson, itemRowsJson, type JsonItemRow } from "./item-rows";
import { baselineKey, baselineVerdict, type BaselineSide, type ItemKeyParts } from "./baseline";
import type { RunView } from "./api-schemas";
import type { itemsQuerySchema, listRunsSchema } from "./schemas";

export type RunProgress = RunView["progress"];

type ProgressCounts = Omit<RunProgress, "total" | "finished" | "etaSeconds">;

/** ProgressCounts of a run from its variants' counters `v` (RunVariant), which statement triggers
 * keep in step with every change of an item (migration run_progress_counters): a run's progress
 * costs a read of its few variant rows, not a count over its items. An item is "running" from its
 * claim; its call starts when the executor stamps startedAt (claim.ts markCalling), which tells
 * claimed and calling apart. */
const PROGRESS_COLUMNS = Prisma.sql`
  coalesce(sum(v.pending), 0)::int AS pending,
  coalesce(sum(v.claimed), 0)::int AS claimed,
  coalesce(sum(v.running), 0)::int AS running,
  coalesce(sum(v.done), 0)::int AS done,
  coalesce(sum(v.error), 0)::int AS error,
  coalesce(sum(v.cancelled), 0)::int AS cancelled,
  coalesce(sum(v.passed), 0)::int AS passed,
  coalesce(sum(v."spentUsd"), 0)::text AS "spentUsd"`;

/** Item counts and spend of several runs in one query over their variants' counters. */
async function progressCounts(runIds: string[]): Promise<Map<string, ProgressCounts>> {
  if (runIds.length === 0) return new Map();
  const rows = await db().$queryRaw<Array<ProgressCounts & { runId: string }>>`
    SELECT v."runId" AS "runId", ${PROGRESS_COLUMNS}
    FROM "RunVariant" v
    WHERE v."runId" = ANY(${runIds}::uuid[])
    GROUP BY v."runId"`;
  return new Map(rows.map(({ runId, ...counts }) => [runId, counts]));
}

const NO_ITEMS: ProgressCounts = { pending: 0, claimed: 0, running: 0, done: 0, error: 0, cancelled: 0, passed: 0, spentUsd: "0" };

type ProgressRun = { id: string; totalItems: number; startedAt: Date | null; finishedAt: Date | null };

function withProgress(run: ProgressRun, counts: ProgressCounts = NO_ITEMS): RunProgress {
  const progress = { total: run.totalItems, ...counts };
  const finished = progress.done + progress.error + progress.cancelled;
  const left = progress.pending + progress.claimed + progress.running;
  let etaSeconds: number | null = null;
  if (run.startedAt && !run.finishedAt && finished > 0 && left > 0) {
    const elapsed = (Date.now() - run.startedAt.getTime()) / 1000;
    etaSeconds = Math.round((elapsed / finished) * left);
  }
  return { ...progress, finished, etaSeconds };
}

const runInclude = {
  promptVersion: { select: { id: true, version: true, prompt: { select: { id: true, name: true } } } },
  dataset: { select: { id: true, name: true } },
  baselineRun: { select: { id: true, name: true } },
  createdBy: { select: { name: true } },
  variants: { orderBy: { position: "asc" }, include: { variant: { select: { id: true, name: true } }, revision: { select: { number: true, model: { select: { displayName: true, provider: { select: { name: true, kind: true } } } } } } } },
} satisfies Prisma.RunInclude;

type RunRow = Prisma.RunGetPayload<{ include: typeof runInclude }>;

function toView(row: RunRow): Omit<RunView, "progress" | "judgingCostUsd"> {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    status: row.status,
    error: row.error,
    prompt: row.promptVersion ? { id: row.promptVersion.prompt.id, name: row.promptVersion.prompt.name, version: row.promptVersion.version } : null,
    dataset: row.dataset,
    baselineRun: row.baselineRun,
    repetitions: row.repetitions,
    concurrency: row.concurrency,
    concurrencyLevels: row.concurrencyLevels,
    requestCount: row.requestCount,
    assertions: row.assertions,
    rateLimits: row.rateLimits,
    budgetUsd: row.budgetUsd?.toString() ?? null,
    estimatedCostUsd: row.estimatedCostUsd?.toString() ?? null,
    totalItems: row.totalItems,
    createdBy: row.createdBy.name,
    createdAt: row.createdAt,
    startedAt: row.startedAt,
    finishedAt: row.finishedAt,
    // The revision the run executes: its model, not the one the variant may have moved to since.
    variants: row.variants.map(({ variant, revision }) => ({ id: variant.id, name: variant.name, revision: revision.number, model: revision.model.displayName, provider: revision.model.provider.name, simulated: revision.model.provider.kind === "simulated" })),
  };
}

export type { RunView };

export async function getRun(id: string): Promise<RunView> {
  // Side by side: the counts and judging spend need only the id, not the run row.
  const [row, counts, judging] = await Promise.all([db().run.findUnique({ where: { id }, include: runInclude }), progressCounts([id]), judgingCostsOf([id])]);
  if (!row) throw notFound("That run");
  return { ...toView(row), progress: withProgress(row, counts.get(id)), judgingCostUsd: judging.get(id) ?? "0" };
}

/** What moves while a run is live — its state, progress and judging spend — in one query, for
 * the run page to poll instead of the whole run (getRun reads ten tables through Prisma). */
export async function getRunProgress(id: string): Promise<Pick<RunView, "status" | "error" | "startedAt" | "finishedAt" | "progress" | "judgingCostUsd">> {
  const [row] = await db().$queryRaw<Array<ProgressRun & ProgressCounts & { status: RunView["status"]; runError: string | null; judgingCostUsd: string }>>`
    SELECT r.id, r.status::text AS status, r.error AS "runError", r."startedAt", r."finishedAt", r."totalItems", counts.*,
      coalesce((SELECT sum(c."costUsd") FROM "Judging" j JOIN "Completion" c ON c."judgingId" = j.id WHERE j."runId" = r.id), 0)::text AS "judgingCostUsd"
    FROM "Run" r, LATERAL (SELECT ${PROGRESS_COLUMNS} FROM "RunVariant" v WHERE v."runId" = r.id) counts
    WHERE r.id = ${id}::uuid`;
  if (!row) throw notFound("That run");
  const { id: _id, status, runError, startedAt, finishedAt, totalItems, judgingCostUsd, ...counts } = row;
  return { status, error: runError, startedAt, finishedAt, progress: withProgress({ id, totalItems, startedAt, finishedAt }, counts), judgingCostUsd };
}

/** The latest runs, newest first, optionally found by words in their name, prompt, dataset or
 * variants, and by status and kind. */
export async function listRuns(query: Partial<z.infer<typeof listRunsSchema>> = {}): Promise<RunView[]> {
  const words = query.q?.split(/\s+/).filter(Boolean) ?? [];
  const where: Prisma.RunWhereInput = {
    ...(query.status && { status: query.status }),
    ...(query.kind && { kind: query.kind }),
    AND: words.map((word) => ({
      OR: [
        { name: { contains: word, mode: "insensitive" as const } },
        { promptVersion: { prompt: { name: { contains: word, mode: "insensitive" as const } } } },
        { dataset: { name: { contains: word, mode: "insensitive" as const } } },
        { variants: { some: { variant: { name: { contains: word, mode: "insensitive" as const } } } } },
      ],
    })),
  };
  const rows = await db().run.findMany({ where, orderBy: { createdAt: "desc" }, take: query.limit ?? 100, include: runInclude });
  const ids = rows.map((row) => row.id);
  const [counts, judging] = await Promise.all([progressCounts(ids), judgingCostsOf(ids)]);
  return rows.map((row) => ({ ...toView(row), progress: withProgress(row, counts.get(row.id)), judgingCostUsd: judging.get(row.id) ?? "0" }));
}

export type ItemRow = Prisma.RunItemGetPayload<{
  include: {
    testCase: { select: { position: true; variables: true; messages: true } };
    completion: { select: { id: true; text: true; status: true; errorKind: true; errorMessage: true; ttftMs: true; totalMs: true; costUsd: true; outputTokens: true; textHash: true } };
  };
}>;

/** The items of a variant in a state, as its counters (RunVariant) say. */
const COUNTED: Record<NonNullable<z.infer<typeof itemsQuerySchema>["status"]> | "all", string> = {
  all: "v.pending + v.claimed + v.running + v.done + v.error + v.cancelled",
  pending: "v.pending",
  running: "v.claimed + v.running",
  done: "v.done",
  error: "v.error",
  cancelled: "v.cancelled",
};

/** A page of the run's items in planned order, and a cursor taken in the same statement: the
 * items changed since (item-changes.ts) are every change the page does not show. */
export async function listRunItems(runId: string, query: z.infer<typeof itemsQuerySchema>) {
  const filter = Prisma.sql`i."runId" = r.id
    ${query.variantId ? Prisma.sql`AND i."variantId" = ${query.variantId}::uuid` : Prisma.empty}
    ${query.status ? Prisma.sql`AND i.status = ${query.status}::"RunItemStatus"` : Prisma.empty}`;
  const after = query.after === undefined ? Prisma.empty : Prisma.sql`AND i.sequence > ${query.after}`;
  // The total from the variants' counters (same statement, same snapshot): counting the items
  // walked the whole run for every window.
  const [run] = await db().$queryRaw<Array<{ baselineRunId: string | null; cursor: string; total: number; items: JsonItemRow[] }>>`
    SELECT r."baselineRunId", pg_current_snapshot()::text AS cursor,
      (SELECT coalesce(sum(${Prisma.raw(COUNTED[query.status ?? "all"])}), 0)::int FROM "RunVariant" v
        WHERE v."runId" = r.id ${query.variantId ? Prisma.sql`AND v."variantId" = ${query.variantId}::uuid` : Prisma.empty}) AS total,
      ${itemRowsJson(Prisma.sql`${filter} ${after}`, { limit: query.limit, offset: query.offset })} AS items
    FROM "Run" r WHERE r.id = ${runId}::uuid`;
  if (!run) throw notFound("That run");
  return { total: run.total, offset: query.offset, cursor: run.cursor, items: await itemViews(fromJson(run.items), run.baselineRunId) };
}

/** Items as the listing shows them, each with its verdict against the baseline run's counterpart. */
export async function itemViews(rows: ItemRow[], baselineRunId: string | null) {
  const baseline = baselineRunId ? await baselineItems(baselineRunId, rows) : new Map<string, BaselineSide>();
  return rows.map((row) => {
    const counterpart = baseline.get(baselineKey(row));
    return {
      id: row.id,
      sequence: row.sequence,
      caseKey: row.caseKey,
      testCaseId: row.testCaseId,
      casePosition: row.testCase?.position ?? null,
      caseLabel: caseLabel(row.testCase),
      variantId: row.variantId,
      repetition: row.repetition,
      concurrency: row.concurrency,
      status: row.status,
      passed: row.passed,
      completion: row.completion && {
        id: row.completion.id,
        excerpt: row.completion.text.slice(0, EXCERPT),
        status: row.completion.status,
        errorKind: row.completion.errorKind,
        errorMessage: row.completion.errorMessage,
        ttftMs: row.completion.ttftMs,
        totalMs: row.completion.totalMs,
        costUsd: row.completion.costUsd?.toString() ?? null,
        outputTokens: row.completion.outputTokens,
      },
      baseline: counterpart ? { passed: counterpart.passed, verdict: baselineVerdict({ status: row.status, passed: row.passed, textHash: row.completion?.textHash ?? null }, counterpart) } : null,
    };
  });
}

async function baselineItems(baselineRunId: string, rows: ItemKeyParts[]): Promise<Map<string, BaselineSide>> {
  const found = await db().runItem.findMany({
    where: { runId: baselineRunId, caseKey: { in: [...new Set(rows.map((row) => row.caseKey))] } },
    select: { caseKey: true, variantId: true, repetition: true, status: true, passed: true, completion: { select: { textHash: true } } },
  });
  return new Map(found.map((row) => [baselineKey(row), { status: row.status, passed: row.passed, textHash: row.completion?.textHash ?? null }]));
}

/** A short name for a case: its first variable values, or its last user message. */
export function caseLabel(testCase: { variables: unknown; messages: unknown } | null): string {
  if (!testCase) return "";
  const messages = testCase.messages as Array<{ role: string; content: string }> | null;
  if (Array.isArray(messages)) return messages.findLast((message) => message.role === "user")?.content.slice(0, 120) ?? "";
  return Object.values((testCase.variables ?? {}) as Record<string, unknown>)
    .map((value) => (typeof value === "string" ? value : JSON.stringify(value)))
    .join(" · ")
    .slice(0, 120);
}

export async function getRunItem(runId: string, itemId: string) {
  const row = await db().runItem.findFirst({
    where: { id: itemId, runId },
    include: {
      run: { select: { baselineRunId: true } },
      variant: { select: { name: true } },
      testCase: true,
      completion: { include: { assertionResults: { orderBy: { createdAt: "asc" } } } },
    },
  });
  if (!row) throw notFound("That run item");
  const baseline = row.run.baselineRunId
    ? await db().runItem.findFirst({
        where: { runId: row.run.baselineRunId, caseKey: row.caseKey, variantId: row.variantId, repetition: row.repetition },
        include: { completion: { select: { id: true, text: true, status: true, textHash: true } } },
      })
    : null;
  const completion = row.completion;
  return {
    id: row.id,
    status: row.status,
    passed: row.passed,
    variant: { id: row.variantId, name: row.variant.name },
    repetition: row.repetition,
    concurrency: row.concurrency,
    testCase: row.testCase && { id: row.testCase.id, position: row.testCase.position, variables: row.testCase.variables, messages: row.testCase.messages, expectedOutput: row.testCase.expectedOutput, tags: row.testCase.tags },
    completion: completion && {
      id: completion.id,
      text: completion.text,
      request: completion.request,
      status: completion.status,
      errorKind: completion.errorKind,
      errorMessage: completion.errorMessage,
      ...metricsOf(completion),
      assertions: completion.assertionResults.map((result) => ({ type: result.type, config: result.config, passed: result.passed, score: result.score, reason: result.reason })),
    },
    baseline: baseline && {
      itemId: baseline.id,
      passed: baseline.passed,
      text: baseline.completion?.text ?? null,
      status: baseline.status,
      verdict: baselineVerdict({ status: row.status, passed: row.passed, textHash: completion?.textHash ?? null }, { status: baseline.status, passed: baseline.passed, textHash: baseline.completion?.textHash ?? null }),
    },
  };
}
