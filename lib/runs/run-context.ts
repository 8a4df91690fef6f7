// Everything an executor needs about a run, loaded once when it takes the run: variants with
// their models and providers, decrypted connections, the template and the cases.
import "server-only";
import { assertionsSchema, type Assertion } from "../assertions/schema";
import { db } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { connectionFor } from "../providers/service";
import { adapterFor } from "../providers/registry";
import type { ChatMessage, ProviderAdapter } from "../providers/types";
import { ProviderLimiter, type ProviderLimits } from "./limiter";
import { conversationOf, type CaseShape } from "./plan";
import { variantInclude } from "./resolve";

export type RunVariantRow = Prisma.VariantGetPayload<{ include: typeof variantInclude }>;

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
  cases: Map<string, CaseShape & { assertions: Assertion[] }>;
  conversationFor(testCaseId: string | null): ChatMessage[];
}

export async function loadRunContext(runId: string): Promise<RunContext> {
  const run = await db().run.findUniqueOrThrow({
    where: { id: runId },
    include: { promptVersion: true, variants: { include: { variant: { include: variantInclude } } } },
  });
  const template = (run.promptVersion?.messages ?? []) as unknown as ChatMessage[];
  const variants = new Map(run.variants.map((row) => [row.variantId, row.variant]));
  const providerIds = [...new Set([...variants.values()].map((variant) => variant.model.providerId))];
  const adapters = new Map(await Promise.all(providerIds.map(async (id) => [id, adapterFor(await connectionFor(id))] as const)));
  const limits = run.rateLimits as Record<string, ProviderLimits>;
  const limiters = new Map(providerIds.map((id) => [id, new ProviderLimiter(limits[id] ?? {})]));
  const rows = run.datasetId ? await db().testCase.findMany({ where: { datasetId: run.datasetId } }) : [];
  const cases = new Map(rows.map((row) => [row.id, { variables: row.variables, messages: row.messages, expectedOutput: row.expectedOutput, assertions: assertionsSchema.catch([]).parse(row.assertions) }]));
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
    conversationFor(testCaseId) {
      if (testCaseId === null) return conversationOf(template, loadShape);
      const testCase = cases.get(testCaseId);
      // A case deleted after the run was planned: the item is stored as an error, not skipped.
      if (!testCase) throw new Error("The test case was deleted after the run started.");
      return conversationOf(template, testCase);
    },
  };
}
