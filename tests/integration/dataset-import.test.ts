// Importing through the route handlers: a preview with the mapping in effect and readable
// problems, a mapping that changes what a column becomes, re-imports that must choose between
// skipping and replacing cases already there, hostile files that answer problem documents, and
// the paged, filtered case list the dataset page reads.
import { beforeAll, describe, expect, it } from "vitest";
import { GET as listCases } from "../../app/api/v1/datasets/[id]/cases/route";
import { POST as preview } from "../../app/api/v1/datasets/[id]/import/preview/route";
import { POST as importCases } from "../../app/api/v1/datasets/[id]/import/route";
import { GET as summary } from "../../app/api/v1/datasets/[id]/summary/route";
import { createApiToken } from "../../lib/auth/api-tokens";
import { createUser } from "../../lib/auth/users";
import { createDataset } from "../../lib/datasets/service";
import { db } from "../../lib/db/client";

type Handler = (request: Request, args: { params: Promise<Record<string, string>> }) => Promise<Response>;
const auth: Record<string, string> = {};

beforeAll(async () => {
  for (const role of ["editor", "reviewer"] as const) {
    const user = await createUser({ name: role, email: `${role}@example.com`, password: "long-enough", role });
    auth[role] = `Bearer ${(await createApiToken(user.id, "t")).token}`;
  }
});

async function call(handler: Handler, id: string, options: { body?: unknown; raw?: string; search?: string; who?: string } = {}) {
  const body = options.raw ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
  const response = await handler(
    new Request(`http://localhost/api/v1/x${options.search ?? ""}`, { method: body === undefined ? "GET" : "POST", headers: { authorization: auth[options.who ?? "editor"]!, "content-type": "application/json" }, body }),
    { params: Promise.resolve({ id }) },
  );
  return { status: response.status, type: response.headers.get("content-type"), body: await response.json() };
}

const casesOf = (id: string) => db().testCase.findMany({ where: { datasetId: id }, orderBy: { position: "asc" }, select: { position: true, variables: true, expectedOutput: true, tags: true } });

describe("import preview and mapping", () => {
  it("shows the columns, the mapping in effect, the first rows and readable problems, importing nothing", async () => {
    const dataset = await createDataset({ name: "preview" });
    const content = '\uFEFFprompt;answer;labels;assertions\r\nHi;Hello;"a,b";\r\n"Two\r\nlines";X;;"[{""type"":""regex"",""pattern"":""(""}]"\r\n';
    const shown = await call(preview, dataset.id, { body: { format: "csv", content } });
    expect(shown.status).toBe(200);
    expect(shown.body).toMatchObject({
      delimiter: ";",
      columns: ["prompt", "answer", "labels", "assertions"],
      mapping: { prompt: "variable", answer: "variable", labels: "variable", assertions: "assertions" },
      rows: [
        ["Hi", "Hello", "a,b", ""],
        ["Two\r\nlines", "X", "", '[{"type":"regex","pattern":"("}]'],
      ],
      total: 1,
      problemCount: 1,
      problems: [{ line: 3, field: "assertions", sentence: "Line 3, assertions: assertion 1 — That is not a valid regular expression." }],
    });

    const mapped = await call(preview, dataset.id, { body: { format: "csv", content, mapping: { answer: "expected", labels: "tags", assertions: "ignore" } } });
    expect(mapped.body).toMatchObject({ total: 2, problemCount: 0, cases: [{ variables: { prompt: "Hi" }, expectedOutput: "Hello", tags: ["a", "b"], assertions: [] }, { variables: { prompt: "Two\r\nlines" }, expectedOutput: "X" }] });
    expect(await casesOf(dataset.id)).toEqual([]);

    const imported = await call(importCases, dataset.id, { body: { format: "csv", content, mapping: { answer: "expected", labels: "tags", assertions: "ignore" } } });
    expect(imported.body).toEqual({ imported: 2, skipped: 0, replaced: 0 });
    expect(await casesOf(dataset.id)).toEqual([
      { position: 0, variables: { prompt: "Hi" }, expectedOutput: "Hello", tags: ["a", "b"] },
      { position: 1, variables: { prompt: "Two\r\nlines" }, expectedOutput: "X", tags: [] },
    ]);
  });

  it("answers a readable 400 naming line and field when the import itself has a bad line", async () => {
    const dataset = await createDataset({ name: "bad-assertion" });
    const content = ['{"q":"a","assertions":[{"type":"is_json"}]}', '{"q":"b","assertions":[{"type":"regex","pattern":"("}]}'].join("\n");
    const bad = await call(importCases, dataset.id, { body: { format: "jsonl", content } });
    expect(bad).toMatchObject({ status: 400, type: "application/problem+json" });
    expect(bad.body.detail).toBe("Nothing was imported. Line 2, assertions: assertion 1 — That is not a valid regular expression.");
    const twoExpected = await call(preview, dataset.id, { body: { format: "csv", content: "a,b\n1,2\n", mapping: { a: "expected", b: "expected" } } });
    expect(twoExpected.status).toBe(400);
    expect(twoExpected.body.detail).toContain('Only one column can be the expected output; "a" and "b" both are.');
  });
});

describe("re-importing cases already in the dataset", () => {
  const first = "q,expected,tags\nalpha,1,old\nbeta,2,old\n";
  const again = "q,expected,tags\nbeta,20,new\ngamma,3,new\nalpha,10,new\n";

  it("refuses until told to skip or replace, saying how many are already there", async () => {
    const dataset = await createDataset({ name: "dupes-refuse" });
    expect((await call(importCases, dataset.id, { body: { format: "csv", content: first } })).body).toEqual({ imported: 2, skipped: 0, replaced: 0 });
    const refused = await call(importCases, dataset.id, { body: { format: "csv", content: again } });
    expect(refused).toMatchObject({ status: 409, type: "application/problem+json", body: { duplicates: 2 } });
    expect(refused.body.detail).toBe("2 cases in the file are already in this dataset (same variables and messages). Nothing was imported: choose whether to skip or replace them.");
    expect(await casesOf(dataset.id)).toHaveLength(2);
  });

  it("skips them: only the new case is added, after the others", async () => {
    const dataset = await createDataset({ name: "dupes-skip" });
    await call(importCases, dataset.id, { body: { format: "csv", content: first } });
    expect((await call(importCases, dataset.id, { body: { format: "csv", content: again, onDuplicate: "skip" } })).body).toEqual({ imported: 1, skipped: 2, replaced: 0 });
    expect(await casesOf(dataset.id)).toEqual([
      { position: 0, variables: { q: "alpha" }, expectedOutput: "1", tags: ["old"] },
      { position: 1, variables: { q: "beta" }, expectedOutput: "2", tags: ["old"] },
      { position: 2, variables: { q: "gamma" }, expectedOutput: "3", tags: ["new"] },
    ]);
  });

  it("replaces them in place (same case, same position), adding the new one", async () => {
    const dataset = await createDataset({ name: "dupes-replace" });
    await call(importCases, dataset.id, { body: { format: "csv", content: first } });
    const ids = (await db().testCase.findMany({ where: { datasetId: dataset.id }, orderBy: { position: "asc" } })).map((row) => row.id);
    expect((await call(importCases, dataset.id, { body: { format: "csv", content: again, onDuplicate: "replace" } })).body).toEqual({ imported: 1, skipped: 0, replaced: 2 });
    const rows = await db().testCase.findMany({ where: { datasetId: dataset.id }, orderBy: { position: "asc" } });
    expect(rows.slice(0, 2).map((row) => row.id)).toEqual(ids);
    expect(rows.map((row) => [row.position, row.variables, row.expectedOutput, row.tags])).toEqual([
      [0, { q: "alpha" }, "10", ["new"]],
      [1, { q: "beta" }, "20", ["new"]],
      [2, { q: "gamma" }, "3", ["new"]],
    ]);
  });

  it("does not count a case repeated inside one file as a duplicate", async () => {
    const dataset = await createDataset({ name: "dupes-in-file" });
    expect((await call(importCases, dataset.id, { body: { format: "jsonl", content: '{"q":"x"}\n{"q":"x"}\n' } })).body).toEqual({ imported: 2, skipped: 0, replaced: 0 });
  });
});

describe("hostile files", () => {
  it("answers problem documents, never a 500: NUL, a huge body, deep JSON, an open quote", async () => {
    const dataset = await createDataset({ name: "hostile" });
    const nul = await call(preview, dataset.id, { body: { format: "csv", content: "q\nnul\u0000here\n" } });
    expect(nul).toMatchObject({ status: 400, type: "application/problem+json", body: { errors: [expect.objectContaining({ path: "content" })] } });
    const huge = await call(preview, dataset.id, { raw: JSON.stringify({ format: "csv", content: `q\n${"x".repeat(20_000_001)}\n` }) });
    expect(huge).toMatchObject({ status: 413, type: "application/problem+json" });
    // Deep JSON inside the file (not the request body) is a bad line.
    const deep = `{"variables":{"v":${"[".repeat(300)}${"]".repeat(300)}}}`;
    const deepImport = await call(importCases, dataset.id, { body: { format: "jsonl", content: `{"q":"ok"}\n${deep}\n` } });
    expect(deepImport).toMatchObject({ status: 400, type: "application/problem+json", body: { problems: [{ line: 2, field: "variables", message: expect.stringContaining("nested deeper than 64 levels") }] } });
    const open = await call(importCases, dataset.id, { body: { format: "csv", content: 'q\nfine\n"never closed\n' } });
    expect(open).toMatchObject({ status: 400, body: { detail: 'Nothing was imported. The CSV ends inside a quoted field that opens on line 3 (a closing " is missing).' } });
    expect((await call(preview, dataset.id, { body: { format: "csv", content: "q\nx\n", delimiter: "|" } })).status).toBe(400);
    expect((await call(preview, dataset.id, { body: { format: "csv", content: "q\nx\n" }, who: "reviewer" })).status).toBe(403);
    expect(await casesOf(dataset.id)).toEqual([]);
  });
});

describe("the case list", () => {
  it("pages, searches inputs, messages and expected outputs, filters by tags and by assertions", async () => {
    const dataset = await createDataset({ name: "listed" });
    const lines = Array.from({ length: 30 }, (_, i) => JSON.stringify({ variables: { q: `question ${i}` }, expected: i === 7 ? "100% sure_thing" : `answer ${i}`, tags: i % 3 === 0 ? ["math", "easy"] : ["prose"], assertions: i % 10 === 0 ? [{ type: "contains", value: "x" }, { type: "is_json" }] : [] }));
    lines.push(JSON.stringify({ variables: {}, messages: [{ role: "user", content: "A logged Needle" }] }));
    await call(importCases, dataset.id, { body: { format: "jsonl", content: lines.join("\n") } });

    const page2 = await call(listCases, dataset.id, { search: "?page=2&pageSize=10", who: "reviewer" });
    expect(page2.body).toMatchObject({ total: 31, page: 2, pageSize: 10 });
    expect(page2.body.cases.map((row: { position: number }) => row.position)).toEqual([10, 11, 12, 13, 14, 15, 16, 17, 18, 19]);
    const positions = async (search: string) => (await call(listCases, dataset.id, { search })).body.cases.map((row: { position: number }) => row.position);
    expect(await positions("?q=QUESTION%201")).toEqual([1, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19]);
    expect(await positions("?q=needle")).toEqual([30]);
    expect(await positions("?q=100%25%20sure_")).toEqual([7]);
    expect(await positions("?q=%25")).toEqual([7]); // a literal %, not a wildcard
    expect(await positions("?tags=math,easy&pageSize=5")).toEqual([0, 3, 6, 9, 12]);
    expect(await positions("?assertions=with")).toEqual([0, 10, 20]);
    expect(await positions("?assertions=with&tags=prose")).toEqual([10, 20]);
    expect((await call(listCases, dataset.id, { search: "?pageSize=1000" })).status).toBe(400);

    const shown = await call(summary, dataset.id, { who: "reviewer" });
    expect(shown.body.dataset).toMatchObject({ caseCount: 31, withAssertions: 3, conversations: 1, variableNames: ["q"], tags: [{ tag: "prose", count: 20 }, { tag: "easy", count: 10 }, { tag: "math", count: 10 }] });
  });
});
