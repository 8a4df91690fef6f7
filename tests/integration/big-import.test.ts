// Big dataset imports through the route handler: a 50,000-line CSV lands whole with consecutive
// positions (it used to die after 32 s on Prisma's 5 s transaction timeout), racing big imports
// interleave nothing, and one bad line near the end imports nothing and is named.
import { beforeAll, describe, expect, it } from "vitest";
import { POST as importCases } from "../../app/api/v1/datasets/[id]/import/route";
import { createApiToken } from "../../lib/auth/api-tokens";
import { createUser } from "../../lib/auth/users";
import { parseImport } from "../../lib/datasets/import";
import { createDataset } from "../../lib/datasets/service";
import { db } from "../../lib/db/client";

let authorization = "";
beforeAll(async () => {
  const user = await createUser({ name: "ed", email: "ed@example.com", password: "long-enough", role: "editor" });
  authorization = `Bearer ${(await createApiToken(user.id, "t")).token}`;
});

/** A header and `cases` lines (line 2 onwards) of about 50 bytes, some quoted with line breaks
 * inside, so the line numbers of later rows run ahead of their row numbers. */
function bigCsv(cases: number, tag: string, badLine?: number): string {
  const lines = ["question,context,expected,tags"];
  let line = 2;
  for (let i = 0; i < cases; i++) {
    if (line === badLine) lines.push(`only-one-cell ${i}`);
    else if (i % 1000 === 0) lines.push(`q${i},"multi\nline, ""quoted""",${i},"${tag};n${i % 7}"`);
    else lines.push(`What is ${i} + ${i}?,plain context ${i},${2 * i},"${tag};n${i % 7}"`);
    line += i % 1000 === 0 && line !== badLine ? 2 : 1;
  }
  return lines.join("\n") + "\n";
}

async function post(datasetId: string, content: string) {
  const response = await importCases(
    new Request("http://localhost/api/v1/datasets/x/import", { method: "POST", headers: { authorization, "content-type": "application/json" }, body: JSON.stringify({ format: "csv", content }) }),
    { params: Promise.resolve({ id: datasetId }) },
  );
  return { status: response.status, body: await response.json() };
}

async function positionsOf(datasetId: string) {
  const [row] = await db().$queryRaw<{ count: number; min: number; max: number; distinct: number }[]>`
    SELECT count(*)::int AS count, min(position) AS min, max(position) AS max, count(DISTINCT position)::int AS distinct
    FROM "TestCase" WHERE "datasetId" = ${datasetId}::uuid`;
  return row!;
}

describe("big CSV imports", () => {
  it("imports 50,000 lines whole, in order, with consecutive positions", async () => {
    const dataset = await createDataset({ name: "big" });
    const content = bigCsv(50_000, "big");
    expect(content.length).toBeGreaterThan(2_000_000);
    const result = await post(dataset.id, content);
    expect(result).toEqual({ status: 200, body: { imported: 50_000, skipped: 0, replaced: 0 } });
    expect(await positionsOf(dataset.id)).toEqual({ count: 50_000, min: 0, max: 49_999, distinct: 50_000 });
    const sample = await db().testCase.findMany({ where: { datasetId: dataset.id, position: { in: [0, 1, 49_999] } }, orderBy: { position: "asc" } });
    expect(sample.map((testCase) => testCase.variables)).toEqual([
      { question: "q0", context: 'multi\nline, "quoted"' },
      { question: "What is 1 + 1?", context: "plain context 1" },
      { question: "What is 49999 + 49999?", context: "plain context 49999" },
    ]);
    expect(sample[2]).toMatchObject({ expectedOutput: "99998", tags: ["big", "n5"], assertions: [], messages: null });
  });

  it("keeps positions consecutive when two big imports race on one dataset", async () => {
    const dataset = await createDataset({ name: "raced" });
    // Different inputs, or the second import would find the first one's cases already there.
    const file = (tag: string) => bigCsv(20_000, tag).replaceAll("plain context", `plain ${tag} context`).replaceAll("\nq", `\n${tag}q`);
    const results = await Promise.all([post(dataset.id, file("a")), post(dataset.id, file("b"))]);
    expect(results.map((result) => result.status)).toEqual([200, 200]);
    expect(await positionsOf(dataset.id)).toEqual({ count: 40_000, min: 0, max: 39_999, distinct: 40_000 });
    // Each import is one block: the positions of one file's cases are not interleaved with the other's.
    const [split] = await db().$queryRaw<{ switches: number }[]>`
      SELECT count(*)::int AS switches FROM (
        SELECT tags[1] AS tag, lag(tags[1]) OVER (ORDER BY position) AS previous FROM "TestCase" WHERE "datasetId" = ${dataset.id}::uuid) t
      WHERE previous IS NOT NULL AND tag <> previous`;
    expect(split!.switches).toBe(1);
  });

  it("imports nothing from a 50,000-line file with one bad line at 49,999, and names that line", async () => {
    const dataset = await createDataset({ name: "one-bad-line" });
    const result = await post(dataset.id, bigCsv(50_000, "bad", 49_999));
    expect(result.status).toBe(400);
    expect(result.body.detail).toBe("Nothing was imported. Line 49999: The row has 1 cell, but the header has 4 cells.");
    expect(result.body.problems).toEqual([{ line: 49_999, message: "The row has 1 cell, but the header has 4 cells." }]);
    expect(await db().testCase.count({ where: { datasetId: dataset.id } })).toBe(0);
  });

  it("rejects what PostgreSQL cannot store as a bad line instead of failing the insert", async () => {
    const dataset = await createDataset({ name: "nul" });
    // A NUL or half a surrogate pair anywhere in a request is refused before any route reads it,
    // naming the field; the import's own line check covers callers that are not HTTP requests.
    for (const bad of ["nul\u0000here", "half\ud800"]) {
      const result = await post(dataset.id, `q,expected\nfine,1\n${bad},2\n`);
      expect(result.status).toBe(400);
      expect(result.body.errors).toEqual([expect.objectContaining({ path: "content" })]);
    }
    expect((await parseImport({ format: "csv", content: "q,expected\nfine,1\nnul\u0000here,2\nhalf\ud800,3\n" })).problems.map((problem) => problem.line)).toEqual([3, 4]);
    expect(await db().testCase.count({ where: { datasetId: dataset.id } })).toBe(0);
  });
});
