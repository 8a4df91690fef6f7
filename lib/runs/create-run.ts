// Starting a run: check everything a user could have got wrong, write the run and all its items,
// then enqueue the run's id. The web process never calls a provider for a run (DESIGN.md).
import { z } from "zod";
import { AppError, notFound } from "../api/errors";
import { db } from "../db/client";
import { Prisma } from "../db/generated/client";
import { uuid7 } from "../db/uuid7";
import type { ChatMessage } from "../providers/types";
import { enqueueRun } from "./enqueue";
import { conversationOf, estimateCallCost, loadItems, renderProblems, replayItems, type PlannedItem } from "./plan";
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
  const rateLimits = await resolveRateLimits(data.rateLimits);
  await checkJudges(data.assertions);

  let items: PlannedItem[];
  let estimate = new Prisma.Decimal(0);
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
      for (const variant of variants) estimate = estimate.plus(estimateCallCost(variant, conversation, testCase.expectedOutput).times(data.repetitions));
    }
  } else {
    const shape = { variables: data.variables, messages: null, expectedOutput: null };
    const problems = renderProblems(template, [{ ...shape, position: 0 }]);
    if (problems.length > 0) throw new AppError("validation", 400, `The load request cannot fill the prompt: ${problems[0]!.replace(/^case 1: /, "")}`);
    items = loadItems(variants[0]!.id, data.requests, data.concurrencyLevels ?? [data.concurrency]);
    estimate = estimateCallCost(variants[0]!, conversationOf(template, shape), null).times(items.length);
    loadRequest = { variables: data.variables } as Prisma.InputJsonValue;
  }
  if (data.budgetUsd !== undefined && estimate.greaterThan(data.budgetUsd)) {
    throw new AppError("validation", 400, `The run is estimated at $${estimate.toFixed(4)}, over its budget of $${data.budgetUsd}. Raise the budget or run fewer cases, variants or repetitions.`, {
      estimatedCostUsd: estimate.toFixed(6),
    });
  }

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
        variants: { create: variants.map((variant, position) => ({ variantId: variant.id, position })) },
      },
    });
    for (let start = 0; start < items.length; start += ITEM_BATCH) await insertItems(tx, created.id, items.slice(start, start + ITEM_BATCH), start);
    return created;
  }, { timeout: 120_000 });
  await enqueueRun(run.id);
  return { id: run.id };
}

async function checkJudges(assertions: z.infer<typeof createRunSchema>["assertions"]) {
  for (const assertion of assertions) {
    if (assertion.type !== "llm_judge") continue;
    const judge = await db().variant.findFirst({ where: { id: assertion.judgeVariantId, archivedAt: null }, select: { id: true } });
    if (!judge) throw notFound("The judge variant");
  }
}
