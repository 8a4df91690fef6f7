// Datasets and their test cases: the only place that writes them.
import { z } from "zod";
import { assertionsSchema, type Assertion } from "../assertions/schema";
import { AppError, conflict, notFound } from "../api/errors";
import { db } from "../db/client";
import { isUniqueViolation } from "../db/errors";
import type { Prisma } from "../db/generated/client";
import { importFormats, parseImport, type CaseInput } from "./import";

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

export const importSchema = z.object({ format: z.enum(importFormats), content: z.string().min(1, "The file is empty.") }).strict();

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

export async function getDataset(id: string) {
  const row = await db().dataset.findFirst({ where: { id, archivedAt: null }, include: { cases: { orderBy: { position: "asc" } } } });
  if (!row) throw notFound("That dataset");
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    cases: row.cases.map((testCase) => ({
      id: testCase.id,
      position: testCase.position,
      variables: testCase.variables as Record<string, unknown>,
      messages: testCase.messages as unknown,
      expectedOutput: testCase.expectedOutput,
      tags: testCase.tags,
      assertions: testCase.assertions as Assertion[],
    })),
  };
}

/** Appends cases after the last position, in one transaction. */
async function appendCases(datasetId: string, cases: CaseInput[]): Promise<number> {
  return db().$transaction(async (tx) => {
    // Locks the dataset row so two imports cannot take the same positions.
    await tx.$executeRaw`SELECT id FROM "Dataset" WHERE id = ${datasetId}::uuid FOR UPDATE`;
    const last = await tx.testCase.findFirst({ where: { datasetId }, orderBy: { position: "desc" }, select: { position: true } });
    const start = (last?.position ?? -1) + 1;
    const { count } = await tx.testCase.createMany({
      data: cases.map((testCase, index) => ({
        datasetId,
        position: start + index,
        variables: testCase.variables as Prisma.InputJsonValue,
        ...(testCase.messages && { messages: testCase.messages as unknown as Prisma.InputJsonValue }),
        expectedOutput: testCase.expectedOutput ?? null,
        tags: testCase.tags,
        assertions: testCase.assertions as Prisma.InputJsonValue,
      })),
    });
    await tx.dataset.update({ where: { id: datasetId }, data: { updatedAt: new Date() } });
    return count;
  });
}

export async function addCase(datasetId: string, input: z.input<typeof caseSchema>) {
  await getDataset(datasetId);
  const data = caseSchema.parse(input);
  await appendCases(datasetId, [data]);
  return getDataset(datasetId);
}

/** Edits a case in place. Runs that already replayed it keep the answers they got; the next run
 * uses the new values (and its baseline diff shows what changed). */
export async function updateCase(datasetId: string, caseId: string, input: z.input<typeof updateCaseSchema>) {
  const data = updateCaseSchema.parse(input);
  const { count } = await db().testCase.updateMany({
    where: { id: caseId, datasetId },
    data: {
      ...(data.variables && { variables: data.variables as Prisma.InputJsonValue }),
      ...(data.expectedOutput !== undefined && { expectedOutput: data.expectedOutput }),
      ...(data.tags && { tags: data.tags }),
      ...(data.assertions && { assertions: data.assertions as Prisma.InputJsonValue }),
    },
  });
  if (count === 0) throw notFound("That test case");
  await db().dataset.update({ where: { id: datasetId }, data: { updatedAt: new Date() } });
  return getDataset(datasetId);
}

export async function deleteCase(datasetId: string, caseId: string) {
  const { count } = await db().testCase.deleteMany({ where: { id: caseId, datasetId } });
  if (count === 0) throw notFound("That test case");
}

/** All or nothing: a file with any bad line imports nothing and says which lines. */
export async function importCases(datasetId: string, input: z.input<typeof importSchema>): Promise<{ imported: number }> {
  await getDataset(datasetId);
  const { format, content } = importSchema.parse(input);
  const { cases, problems } = parseImport(format, content);
  if (problems.length > 0) {
    const shown = problems.slice(0, 5).map((problem) => (problem.line > 0 ? `line ${problem.line}: ${problem.message}` : problem.message));
    throw new AppError("validation", 400, `Nothing was imported. ${shown.join("; ")}${problems.length > 5 ? ` (and ${problems.length - 5} more)` : ""}.`, { problems });
  }
  return { imported: await appendCases(datasetId, cases) };
}

/** One JSON object per case, in the shape `jsonl` imports read back. */
export async function exportDatasetJsonl(id: string): Promise<{ body: string; filename: string }> {
  const dataset = await getDataset(id);
  const lines = dataset.cases.map((testCase) =>
    JSON.stringify({ variables: testCase.variables, ...(testCase.messages ? { messages: testCase.messages } : {}), expected: testCase.expectedOutput ?? undefined, tags: testCase.tags, assertions: testCase.assertions }),
  );
  return { body: lines.join("\n") + (lines.length ? "\n" : ""), filename: `${dataset.name.replace(/[^\w.-]+/g, "-")}.jsonl` };
}
