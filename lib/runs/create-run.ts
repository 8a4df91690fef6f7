// Starting a run: check everything a user could have got wrong, write the run and all its items,
// then enqueue the run's id. The web process never calls a provider for a run (DESIGN.md).
import "server-only";
import { z } from "zod";
import { AppError, notFound } from "../api/errors";
import { db } from "../db/client";
import { Prisma } from "../db/generated/client";
import { uuid7 } from "../db/uuid7";
import type { ChatMessage } from "../providers/types";
import { limitsWithProviderDefaults } from "../providers/limits";
import type { CallableVariant } from "../variants/callable";
import { jobs } from "../jobs/queues";
import { outputHistory } from "./output-history";
import { callCost, conversationOf, loadItems, renderProblems, replayItems, sharedTokenCounts, type CallCost, type PlannedItem } from "./plan";
import { resolveDataset, resolvePromptVersion, resolveRateLimits, resolveVariants } from "./resolve";
import { createRunSchema, type CreateRunInput } from "./schemas";

const ITEM_BATCH = 20_000;

/** One INSERT per batch, columns as arrays: a 100k-item run is written in about a second, where
 * row-by-row createMany took the better part of a minute. */
async function insertItems(tx: Prisma.TransactionClient, runId: string, items: PlannedItem[], offset: number) {
  await tx.$executeRaw`
    INSERT INTO "RunItem" (id, "runId", "caseKey", "testCaseId", "variantId", repetition, concurrency, sequence)
    SELECT id, ${runId}::uuid, "caseKey", "testCaseId", "variantId", repetition, concurrency, sequence
    FROM unnest(${items.map(() => uuid7())}::uuid[], ${items.map((item) => item.caseKey)}::text[], ${items.map((item) => item.testCaseId)}::uuid[],
      ${items.map((item) => item.variantId)}::uuid[], ${items.map((item) => item.repetition)}::int[], ${items.map((item) => item.concurrency)}::int[],
      ${items.map((_, index) => offset + index)}::int[]) AS item(id, "caseKey", "testCaseId", "variantId", repetition, concurrency, sequence)`;
}

export async function createRun(input: CreateRunInput, userId: string): Promise<{ id: string }> {
  const data = createRunSchema.parse(input);
  const version = await resolvePromptVersion(data.prompt);
  const template = version.messages as unknown as ChatMessage[];
  const variants = await resolveVariants(data.variants);
  const rateLimits = limitsWithProviderDefaults(await resolveRateLimits(data.rateLimits), providersOf(variants));
  await checkJudges(data.assertions);

  let items: PlannedItem[];
  let estimate = new Prisma.Decimal(0);
  const history = await outputHistory(variants.map((variant) => variant.id));
  /** The costliest single call at its worst: a budget smaller than that could never start it. */
  let worstCall: CallCost | null = null;
  const inputTokens = sharedTokenCounts();
  const costOf = (variant: (typeof variants)[number], conversation: ChatMessage[]) => {
    const cost = callCost(variant, conversation, history.get(variant.id), inputTokens);
    if (!worstCall || cost.worstCaseUsd.greaterThan(worstCall.worstCaseUsd)) worstCall = cost;
    return cost.estimateUsd;
  };
  let datasetId: string | null = null;
  let loadRequest: Prisma.InputJsonValue | undefined;
  if (data.kind === "replay") {
    const dataset = await resolveDataset(data.dataset);
    if (dataset.cases.length === 0) throw new AppError("validation", 400, `The dataset "${dataset.name}" has no test cases yet.`);
    const problems = renderProblems(template, dataset.cases);
    if (problems.length > 0) throw new AppError("validation", 400, `Some cases cannot fill the prompt: ${problems.slice(0, 5).join("; ")}${problems.length > 5 ? ` (and ${problems.length - 5} more)` : ""}.`);
    if (data.baselineRunId && !(await db().run.findUnique({ where: { id: data.baselineRunId }, select: { id: true } }))) throw notFound("The baseline run");
    datasetId = dataset.id;
    items = replayItems(dataset.cases.map((testCase) => testCase.id), variants.map((variant) => variant.id), data.repetitions);
    for (const testCase of dataset.cases) {
      const conversation = conversationOf(template, testCase);
      for (const variant of variants) estimate = estimate.plus(costOf(variant, conversation).times(data.repetitions));
    }
  } else {
    const shape = { variables: data.variables, messages: null, expectedOutput: null };
    const problems = renderProblems(template, [{ ...shape, position: 0 }]);
    if (problems.length > 0) throw new AppError("validation", 400, `The load request cannot fill the prompt: ${problems[0]!.replace(/^case 1: /, "")}`);
    items = loadItems(variants[0]!.id, data.requests, data.concurrencyLevels ?? [data.concurrency]);
    estimate = costOf(variants[0]!, conversationOf(template, shape)).times(items.length);
    loadRequest = { variables: data.variables } as Prisma.InputJsonValue;
  }
  if (data.budgetUsd !== undefined && estimate.greaterThan(data.budgetUsd)) {
    throw new AppError("validation", 400, `The run is estimated at $${estimate.toFixed(4)}, over its budget of $${data.budgetUsd}. Raise the budget or run fewer cases, variants or repetitions.`, {
      estimatedCostUsd: estimate.toFixed(6),
    });
  }
  checkWorstCall(worstCall, data.budgetUsd);

  const run = await db().$transaction(async (tx) => {
    const created = await tx.run.create({
      data: {
        name: data.name || `${data.kind} ${version.prompt.name}@${version.version}`,
        kind: data.kind,
        promptVersionId: version.id,
        datasetId,
        baselineRunId: data.kind === "replay" ? (data.baselineRunId ?? null) : null,
        repetitions: data.kind === "replay" ? data.repetitions : 1,
        concurrency: data.concurrency,
        concurrencyLevels: data.kind === "load" ? [...new Set(data.concurrencyLevels ?? [data.concurrency])].sort((a, b) => a - b) : [],
        requestCount: data.kind === "load" ? data.requests : null,
        loadRequest,
        rateLimits: rateLimits as Prisma.InputJsonValue,
        assertions: data.assertions as Prisma.InputJsonValue,
        budgetUsd: data.budgetUsd,
        estimatedCostUsd: estimate.toDecimalPlaces(6),
        totalItems: items.length,
        createdById: userId,
        variants: { create: variants.map((variant, position) => ({ variantId: variant.id, revisionId: variant.revision.id, position })) },
      },
    });
    for (let start = 0; start < items.length; start += ITEM_BATCH) await insertItems(tx, created.id, items.slice(start, start + ITEM_BATCH), start);
    return created;
  }, { timeout: 120_000 });
  await jobs.executeRun.send({ runId: run.id });
  return { id: run.id };
}

/** The providers a run calls, each once, with their settings (their limits are the run's defaults). */
const providersOf = (variants: CallableVariant[]) => new Map(variants.map((variant) => [variant.model.providerId, { id: variant.model.providerId, settings: variant.providerSettings }])).values();

/** Each call reserves its worst case from the budget before it starts (execute-run.ts): a budget
 * below one call's worst case would stop the run before its first call. */
function checkWorstCall(worst: CallCost | null, budgetUsd: number | undefined) {
  if (!worst || budgetUsd === undefined || !worst.worstCaseUsd.greaterThan(budgetUsd)) return;
  throw new AppError(
    "validation",
    400,
    `One call may cost up to $${worst.worstCaseUsd.toFixed(4)} (${worst.inputTokens} input tokens and ${worst.worstOutputTokens} output tokens at most), more than the budget of $${budgetUsd}. Raise the budget or lower the variant's max tokens.`,
    { worstCallCostUsd: worst.worstCaseUsd.toFixed(6) },
  );
}

async function checkJudges(assertions: z.infer<typeof createRunSchema>["assertions"]) {
  for (const assertion of assertions) {
    if (assertion.type !== "llm_judge") continue;
    const judge = await db().variant.findFirst({ where: { id: assertion.judgeVariantId, archivedAt: null }, select: { id: true } });
    if (!judge) throw notFound("The judge variant");
  }
}
