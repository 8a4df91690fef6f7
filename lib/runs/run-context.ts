// Everything an executor needs about a run, loaded once when it takes the run: variants with
// their models and providers, decrypted connections, the template. Cases are loaded per claimed
// batch and dropped when their last item ends: a run of 100,000 long cases holds only those of
// the items in flight and queued (BENCHMARKS.md, worker memory).
import "server-only";
import { assertionsSchema, type Assertion } from "../assertions/schema";
import { db } from "../db/client";
import { driverRows } from "../db/driver-query";
import { Prisma } from "../db/generated/client";
import { connectionFor } from "../providers/service";
import { adapterFor } from "../providers/registry";
import type { ChatMessage, ProviderAdapter } from "../providers/types";
import { ProviderLimiter, type ProviderLimits } from "./limiter";
import { conversationOf, type CaseShape } from "./plan";
import { callableFromRevision, callableRevisionInclude, type CallableVariant } from "../variants/callable";

/** A run calls each variant at the revision it was created with (RunVariant.revisionId). */
export type RunVariantRow = CallableVariant;

export interface RunContext {
  id: string;
  kind: "replay" | "load";
  concurrency: number;
  baselineRunId: string | null;
  budgetUsd: number | null;
  runAssertions: Assertion[];
  variants: Map<string, RunVariantRow>;
  /** One adapter (one SDK client) per provider for the whole run. */
  adapters: Map<string, ProviderAdapter>;
  limiters: Map<string, ProviderLimiter>;
  /** The cases of the items claimed and not ended yet (holdCases / releaseCase). */
  cases: Map<string, CaseShape & { assertions: Assertion[] }>;
  /** Loads the cases of claimed items that are not held yet, and holds each once per item. */
  holdCases(testCaseIds: Array<string | null>): Promise<void>;
  /** An item ended: its case is dropped when no other claimed item needs it. */
  releaseCase(testCaseId: string | null): void;
  conversationFor(testCaseId: string | null): ChatMessage[];
}

export async function loadRunContext(runId: string): Promise<RunContext> {
  const run = await db().run.findUniqueOrThrow({
    where: { id: runId },
    include: { promptVersion: true, variants: { include: { revision: { include: callableRevisionInclude } } } },
  });
  const template = (run.promptVersion?.messages ?? []) as unknown as ChatMessage[];
  const variants = new Map(run.variants.map((row) => [row.variantId, callableFromRevision(row.revision)]));
  const providerIds = [...new Set([...variants.values()].map((variant) => variant.model.providerId))];
  const adapters = new Map(await Promise.all(providerIds.map(async (id) => [id, adapterFor(await connectionFor(id))] as const)));
  const limits = run.rateLimits as Record<string, ProviderLimits>;
  const limiters = new Map(providerIds.map((id) => [id, new ProviderLimiter(limits[id] ?? {})]));
  const cases: RunContext["cases"] = new Map();
  const holders = new Map<string, number>();
  const loadShape: CaseShape = { variables: (run.loadRequest as { variables?: unknown } | null)?.variables ?? {}, messages: null, expectedOutput: null };
  return {
    id: run.id,
    kind: run.kind,
    concurrency: run.concurrency,
    baselineRunId: run.baselineRunId,
    budgetUsd: run.budgetUsd === null ? null : Number(run.budgetUsd),
    runAssertions: assertionsSchema.parse(run.assertions),
    variants,
    adapters,
    limiters,
    cases,
    async holdCases(testCaseIds) {
      const ids = testCaseIds.filter((id): id is string => id !== null);
      const missing = [...new Set(ids.filter((id) => !holders.has(id)))];
      for (const id of ids) holders.set(id, (holders.get(id) ?? 0) + 1);
      if (missing.length === 0) return;
      // On the pg driver, as the executor's claims (lib/db/driver-query.ts): one read per claim, of long texts.
      const rows = await driverRows<{ id: string; variables: unknown; messages: unknown; expectedOutput: string | null; assertions: unknown }>(
        Prisma.sql`SELECT id, variables, messages, "expectedOutput", assertions FROM "TestCase" WHERE id = ANY(${missing}::uuid[])`,
      );
      for (const row of rows) cases.set(row.id, { variables: row.variables, messages: row.messages, expectedOutput: row.expectedOutput, assertions: assertionsSchema.catch([]).parse(row.assertions) });
    },
    releaseCase(testCaseId) {
      if (testCaseId === null) return;
      const left = (holders.get(testCaseId) ?? 1) - 1;
      if (left > 0) return void holders.set(testCaseId, left);
      holders.delete(testCaseId);
      cases.delete(testCaseId);
    },
    conversationFor(testCaseId) {
      if (testCaseId === null) return conversationOf(template, loadShape);
      const testCase = cases.get(testCaseId);
      // A case deleted after the run was planned: the item is stored as an error, not skipped.
      if (!testCase) throw new Error("The test case was deleted after the run started.");
      return conversationOf(template, testCase);
    },
  };
}
