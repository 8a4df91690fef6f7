// Datasets and their test cases: the only place that writes them.
import "server-only";
import { setImmediate as yieldToLoop } from "node:timers/promises";
import { z } from "zod";
import { assertionsSchema, type Assertion } from "../assertions/schema";
import { AppError, conflict, notFound } from "../api/errors";
import { db } from "../db/client";
import { isUniqueViolation } from "../db/errors";
import type { Prisma, TestCase } from "../db/generated/client";
import { uuid7 } from "../db/uuid7";
import type { ChatMessage } from "../providers/types";
import { previewImport, type ImportPreview, type previewSchema } from "./import-preview";
import { appendCases, type AppendResult } from "./append-cases";
import { importEntries, importSourceSchema, problemSentence, type CaseInput, type ImportEntry, type ImportProblem, type ImportSource } from "./import";

export const createDatasetSchema = z.object({ name: z.string().trim().min(1, "Give the dataset a name.").max(120), description: z.string().max(2000).default("") }).strict();

export const caseSchema = z
  .object({
    variables: z.record(z.string(), z.unknown()).default({}),
    expectedOutput: z.string().max(200_000).optional(),
    tags: z.array(z.string().max(60)).max(50).default([]),
    assertions: assertionsSchema.default([]),
  })
  .strict();

export const updateCaseSchema = z
  .object({
    variables: z.record(z.string(), z.unknown()).optional(),
    expectedOutput: z.string().max(200_000).nullable().optional(),
    tags: z.array(z.string().max(60)).max(50).optional(),
    assertions: assertionsSchema.optional(),
  })
  .strict();

export const importSchema = importSourceSchema.extend({ onDuplicate: z.enum(["skip", "replace"]).optional() }).strict();

export async function listDatasets() {
  const rows = await db().dataset.findMany({ where: { archivedAt: null }, orderBy: { name: "asc" }, include: { _count: { select: { cases: true } } } });
  return rows.map((row) => ({ id: row.id, name: row.name, description: row.description, caseCount: row._count.cases, updatedAt: row.updatedAt }));
}

export async function createDataset(input: z.input<typeof createDatasetSchema>) {
  const data = createDatasetSchema.parse(input);
  try {
    const row = await db().dataset.create({ data });
    return { id: row.id, name: row.name, description: row.description, caseCount: 0, updatedAt: row.updatedAt };
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict(`A dataset named "${data.name}" already exists.`);
    throw error;
  }
}

/** What every view of a dataset starts with. */
export function datasetHeader(row: { id: string; name: string; description: string; noisyOfId: string | null; noise: unknown }) {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    /** Set on a noisy copy (lib/datasets/noisy): the clean dataset and {kinds, seed}. */
    noisyOfId: row.noisyOfId,
    noise: row.noise as { kinds: string[]; seed: number } | null,
  };
}

/** A case as the API shows it. */
function caseView(testCase: TestCase) {
  return {
    id: testCase.id,
    position: testCase.position,
    variables: testCase.variables as Record<string, unknown>,
    messages: testCase.messages as ChatMessage[] | null,
    expectedOutput: testCase.expectedOutput,
    tags: testCase.tags,
    assertions: testCase.assertions as Assertion[],
    cleanCaseId: testCase.cleanCaseId,
  };
}

export async function getDataset(id: string) {
  const row = await db().dataset.findFirst({ where: { id, archivedAt: null }, include: { cases: { orderBy: { position: "asc" } } } });
  if (!row) throw notFound("That dataset");
  return { ...datasetHeader(row), cases: row.cases.map(caseView) };
}

/** Appends one case; answers it alone (the dataset may hold 100,000 cases). */
export async function addCase(datasetId: string, input: z.input<typeof caseSchema>) {
  await assertDataset(datasetId);
  const data = caseSchema.parse(input);
  const id = uuid7();
  await appendCases(datasetId, [{ ...data, id }], 1, "keep");
  // Read back by its id: a case added or deleted meanwhile cannot stand in for it.
  const row = await db().testCase.findUnique({ where: { id } });
  if (!row) throw notFound("That test case");
  return caseView(row);
}

/** Edits a case in place. Runs that already replayed it keep the answers they got; the next run
 * uses the new values (and its baseline diff shows what changed). */
export async function updateCase(datasetId: string, caseId: string, input: z.input<typeof updateCaseSchema>) {
  const data = updateCaseSchema.parse(input);
  const [row] = await db().testCase.updateManyAndReturn({
    where: { id: caseId, datasetId },
    data: {
      ...(data.variables && { variables: data.variables as Prisma.InputJsonValue }),
      ...(data.expectedOutput !== undefined && { expectedOutput: data.expectedOutput }),
      ...(data.tags && { tags: data.tags }),
      ...(data.assertions && { assertions: data.assertions as Prisma.InputJsonValue }),
    },
  });
  if (!row) throw notFound("That test case");
  await db().dataset.update({ where: { id: datasetId }, data: { updatedAt: new Date() } });
  return caseView(row);
}

export async function deleteCase(datasetId: string, caseId: string) {
  const { count } = await db().testCase.deleteMany({ where: { id: caseId, datasetId } });
  if (count === 0) throw notFound("That test case");
}

const PROBLEMS_KEPT = 100;
const CHECKS_PER_TICK = 5_000;

/** Checks every line of the file; the number of cases, or a 400 naming the bad lines. */
async function checkFile(source: ImportSource): Promise<number> {
  let rows = 0;
  let bad = 0;
  const problems: ImportProblem[] = [];
  for await (const entry of importEntries(source)) {
    if ("case" in entry) rows += 1;
    else if (++bad <= PROBLEMS_KEPT) problems.push(entry);
    // Checking a 20 MB file takes seconds of CPU: let other requests in between.
    if ((rows + bad) % CHECKS_PER_TICK === 0) await yieldToLoop();
  }
  if (rows === 0 && bad === 0) problems.push({ line: 0, message: "There are no test cases in the file." });
  if (problems.length > 0) {
    const shown = problems.slice(0, 5).map(problemSentence);
    const rest = Math.max(bad, problems.length) - shown.length;
    throw new AppError("validation", 400, `Nothing was imported. ${shown.join(" ")}${rest > 0 ? ` (And ${rest} more.)` : ""}`, { problems });
  }
  return rows;
}

/** All or nothing: a file with any bad line imports nothing and says which lines; a file with
 * cases already in the dataset imports nothing until the caller says skip or replace. The file
 * is read twice — once to check every line, once to insert — so no list of every case is built. */
export async function importCases(datasetId: string, input: z.input<typeof importSchema>): Promise<AppendResult> {
  await assertDataset(datasetId);
  const { onDuplicate, ...source } = importSchema.parse(input);
  const rows = await checkFile(source);
  return appendCases(datasetId, casesOf(importEntries(source)), rows, onDuplicate ?? "refuse");
}

/** What importing the file would do (lib/datasets/import-preview.ts), for this dataset's dialog. */
export async function previewDatasetImport(datasetId: string, input: z.input<typeof previewSchema>): Promise<ImportPreview> {
  await assertDataset(datasetId);
  return previewImport(input);
}

async function* casesOf(entries: AsyncIterable<ImportEntry>): AsyncGenerator<CaseInput> {
  for await (const entry of entries) if ("case" in entry) yield entry.case;
}

export async function assertDataset(id: string) {
  if (!(await db().dataset.findFirst({ where: { id, archivedAt: null }, select: { id: true } }))) throw notFound("That dataset");
}

/** One JSON object per case, in the shape `jsonl` imports read back. */
export async function exportDatasetJsonl(id: string): Promise<{ body: string; filename: string }> {
  const dataset = await getDataset(id);
  const lines = dataset.cases.map((testCase) =>
    JSON.stringify({ variables: testCase.variables, ...(testCase.messages ? { messages: testCase.messages } : {}), expected: testCase.expectedOutput ?? undefined, tags: testCase.tags, assertions: testCase.assertions }),
  );
  return { body: lines.join("\n") + (lines.length ? "\n" : ""), filename: `${dataset.name.replace(/[^\w.-]+/g, "-")}.jsonl` };
}
