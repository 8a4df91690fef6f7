// Appending test cases in bulk. One transaction holds the dataset's row lock (so racing imports
// take consecutive, non-overlapping positions) and inserts a few thousand rows per statement
// through jsonb_to_recordset: a 100,000-case file is ~50 statements, not one giant createMany
// that outlives Prisma's 5 s interactive-transaction default. Cases arrive from an iterator, so
// only one statement's rows are in memory at a time.
//
// A case DUPLICATES one already in the dataset when its input is the same: equal variables and
// equal messages (jsonb equality, so key order and spacing do not matter) — expected output, tags
// and assertions are what a re-import updates. Only cases that were there before this import
// count, so a file is never compared with itself half-way.
import "server-only";
import { AppError } from "../api/errors";
import { db } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { uuid7 } from "../db/uuid7";
import type { CaseInput } from "./import-case";

const ROWS_PER_STATEMENT = 2_000;
const JSON_BYTES_PER_STATEMENT = 4_000_000;

/** What to do with duplicates: "refuse" imports nothing and says how many there are; "keep" adds
 * them anyway (a case typed in by hand is meant to be added). */
export type DuplicateChoice = "refuse" | "skip" | "replace" | "keep";

export interface AppendResult {
  imported: number;
  skipped: number;
  replaced: number;
}

/** Generous for the job: the wait for a racing import's lock plus ~1 ms a row, which is several
 * times what this machine needs (BENCHMARKS.md, import scenario). */
export function appendTimeoutMs(rows: number): number {
  return 30_000 + rows;
}

/** A case to append; `id` when the caller reads the case back (one added by hand), else a new one. */
export type AppendedCase = CaseInput & { id?: string };

function rowJson(testCase: AppendedCase, order: number): string {
  return JSON.stringify({
    id: testCase.id ?? uuid7(),
    ord: order,
    variables: testCase.variables,
    messages: testCase.messages, // undefined drops the key: SQL NULL
    expected: testCase.expectedOutput,
    tags: testCase.tags,
    assertions: testCase.assertions,
  });
}

type Tx = Prisma.TransactionClient;

/** Updates the cases the batch duplicates; the number of batch rows that had one. */
async function replaceDuplicates(tx: Tx, datasetId: string, before: number, json: string): Promise<number> {
  await tx.$executeRaw`
    UPDATE "TestCase" t SET "expectedOutput" = r.expected, tags = COALESCE(r.tags, '{}'), assertions = r.assertions, "updatedAt" = now()
    FROM jsonb_to_recordset(${json}::jsonb) AS r(variables jsonb, messages jsonb, expected text, tags text[], assertions jsonb)
    WHERE t."datasetId" = ${datasetId}::uuid AND t.position < ${before} AND t.variables = r.variables AND t.messages IS NOT DISTINCT FROM r.messages`;
  const [row] = await tx.$queryRaw<{ count: number }[]>`
    SELECT count(*)::int AS count FROM jsonb_to_recordset(${json}::jsonb) AS r(variables jsonb, messages jsonb)
    WHERE EXISTS (SELECT 1 FROM "TestCase" t WHERE t."datasetId" = ${datasetId}::uuid AND t.position < ${before} AND t.variables = r.variables AND t.messages IS NOT DISTINCT FROM r.messages)`;
  return row!.count;
}

/** Inserts the batch's rows that duplicate nothing, at consecutive positions from `next`. */
function insertFresh(tx: Tx, datasetId: string, before: number, next: number, json: string): Promise<number> {
  return tx.$executeRaw`
    INSERT INTO "TestCase" (id, "datasetId", position, variables, messages, "expectedOutput", tags, assertions, "updatedAt")
    SELECT r.id, ${datasetId}::uuid, ${next} + (row_number() OVER (ORDER BY r.ord))::int - 1, r.variables, r.messages, r.expected, COALESCE(r.tags, '{}'), r.assertions, now()
    FROM jsonb_to_recordset(${json}::jsonb) AS r(id uuid, ord int, variables jsonb, messages jsonb, expected text, tags text[], assertions jsonb)
    WHERE NOT EXISTS (SELECT 1 FROM "TestCase" t WHERE t."datasetId" = ${datasetId}::uuid AND t.position < ${before} AND t.variables = r.variables AND t.messages IS NOT DISTINCT FROM r.messages)`;
}

/** Inserts every row of the batch, at the dataset's first free position plus its order in the file. */
function insertAll(tx: Tx, datasetId: string, before: number, json: string): Promise<number> {
  return tx.$executeRaw`
    INSERT INTO "TestCase" (id, "datasetId", position, variables, messages, "expectedOutput", tags, assertions, "updatedAt")
    SELECT r.id, ${datasetId}::uuid, ${before} + r.ord, r.variables, r.messages, r.expected, COALESCE(r.tags, '{}'), r.assertions, now()
    FROM jsonb_to_recordset(${json}::jsonb) AS r(id uuid, ord int, variables jsonb, messages jsonb, expected text, tags text[], assertions jsonb)`;
}

/** Appends after the dataset's last position; all or nothing. `rows` sizes the timeout. */
export async function appendCases(datasetId: string, cases: AsyncIterable<AppendedCase> | Iterable<AppendedCase>, rows: number, duplicates: DuplicateChoice = "refuse"): Promise<AppendResult> {
  return db().$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT id FROM "Dataset" WHERE id = ${datasetId}::uuid FOR UPDATE`;
      const [last] = await tx.$queryRaw<{ next: number }[]>`
        SELECT COALESCE(MAX(position), -1) + 1 AS next FROM "TestCase" WHERE "datasetId" = ${datasetId}::uuid`;
      const before = last!.next;
      const result: AppendResult = { imported: 0, skipped: 0, replaced: 0 };
      let order = 0;
      let batch: string[] = [];
      let bytes = 0;
      const flush = async () => {
        if (batch.length === 0) return;
        const json = `[${batch.join(",")}]`;
        const size = batch.length;
        batch = [];
        bytes = 0;
        // Nothing before this import: no duplicates to look for (the common, big first import).
        const replaced = duplicates === "replace" && before > 0 ? await replaceDuplicates(tx, datasetId, before, json) : 0;
        const inserted = duplicates === "keep" ? await insertAll(tx, datasetId, before, json) : await insertFresh(tx, datasetId, before, before + result.imported, json);
        result.imported += inserted;
        result.replaced += replaced;
        if (duplicates !== "replace") result.skipped += size - inserted;
      };
      for await (const testCase of cases) {
        const row = rowJson(testCase, order);
        order += 1;
        batch.push(row);
        bytes += row.length;
        if (batch.length >= ROWS_PER_STATEMENT || bytes >= JSON_BYTES_PER_STATEMENT) await flush();
      }
      await flush();
      if (duplicates === "refuse" && result.skipped > 0) {
        // Thrown inside the transaction: what was inserted rolls back.
        const many = result.skipped === 1 ? "1 case in the file is" : `${result.skipped} cases in the file are`;
        throw new AppError("conflict", 409, `${many} already in this dataset (same variables and messages). Nothing was imported: choose whether to skip or replace them.`, { duplicates: result.skipped });
      }
      await tx.dataset.update({ where: { id: datasetId }, data: { updatedAt: new Date() } });
      return result;
    },
    { timeout: appendTimeoutMs(rows), maxWait: 10_000 },
  );
}
