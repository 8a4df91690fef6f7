// Appending test cases in bulk. One transaction holds the dataset's row lock (so racing imports
// take consecutive, non-overlapping positions) and inserts a few thousand rows per statement
// through jsonb_to_recordset: a 100,000-case file is ~50 statements, not one giant createMany
// that outlives Prisma's 5 s interactive-transaction default. Cases arrive from an iterator, so
// only one statement's rows are in memory at a time.
import "server-only";
import { db } from "../db/client";
import { uuid7 } from "../db/uuid7";
import type { CaseInput } from "./import";

const ROWS_PER_STATEMENT = 2_000;
const JSON_BYTES_PER_STATEMENT = 4_000_000;

/** Generous for the job: the wait for a racing import's lock plus ~1 ms a row, which is several
 * times what this machine needs (BENCHMARKS.md, import scenario). */
export function appendTimeoutMs(rows: number): number {
  return 30_000 + rows;
}

function rowJson(testCase: CaseInput, position: number): string {
  return JSON.stringify({
    id: uuid7(),
    position,
    variables: testCase.variables,
    messages: testCase.messages, // undefined drops the key: SQL NULL
    expected: testCase.expectedOutput,
    tags: testCase.tags,
    assertions: testCase.assertions,
  });
}

/** Appends after the dataset's last position; all or nothing. `rows` sizes the timeout. */
export async function appendCases(datasetId: string, cases: Iterable<CaseInput>, rows: number): Promise<number> {
  return db().$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT id FROM "Dataset" WHERE id = ${datasetId}::uuid FOR UPDATE`;
      const [last] = await tx.$queryRaw<{ next: number }[]>`
        SELECT COALESCE(MAX(position), -1) + 1 AS next FROM "TestCase" WHERE "datasetId" = ${datasetId}::uuid`;
      const first = last!.next;
      let position = first;
      let batch: string[] = [];
      let bytes = 0;
      const flush = async () => {
        if (batch.length === 0) return;
        const json = `[${batch.join(",")}]`;
        batch = [];
        bytes = 0;
        await tx.$executeRaw`
          INSERT INTO "TestCase" (id, "datasetId", position, variables, messages, "expectedOutput", tags, assertions, "updatedAt")
          SELECT r.id, ${datasetId}::uuid, r.position, r.variables, r.messages, r.expected, COALESCE(r.tags, '{}'), r.assertions, now()
          FROM jsonb_to_recordset(${json}::jsonb) AS r(id uuid, position int, variables jsonb, messages jsonb, expected text, tags text[], assertions jsonb)`;
      };
      for (const testCase of cases) {
        const row = rowJson(testCase, position);
        position += 1;
        batch.push(row);
        bytes += row.length;
        if (batch.length >= ROWS_PER_STATEMENT || bytes >= JSON_BYTES_PER_STATEMENT) await flush();
      }
      await flush();
      await tx.dataset.update({ where: { id: datasetId }, data: { updatedAt: new Date() } });
      return position - first;
    },
    { timeout: appendTimeoutMs(rows), maxWait: 10_000 },
  );
}
