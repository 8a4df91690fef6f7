// Datasets through their route handlers: all-or-nothing imports with line numbers, positions
// that hold under concurrent imports, and an export that imports back the same.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { DELETE as deleteCase, PATCH as updateCase } from "../../app/api/v1/datasets/[id]/cases/[caseId]/route";
import { POST as addCase } from "../../app/api/v1/datasets/[id]/cases/route";
import { GET as exportDataset } from "../../app/api/v1/datasets/[id]/export/route";
import { POST as importCases } from "../../app/api/v1/datasets/[id]/import/route";
import { GET as getDataset } from "../../app/api/v1/datasets/[id]/route";
import { POST as createDataset } from "../../app/api/v1/datasets/route";
import { createApiToken } from "../../lib/auth/api-tokens";
import { createUser } from "../../lib/auth/users";

const auth: Record<string, string> = {};
beforeAll(async () => {
  for (const role of ["editor", "reviewer"] as const) {
    const user = await createUser({ name: role, email: `${role}@example.com`, password: "long-enough", role });
    auth[role] = `Bearer ${(await createApiToken(user.id, "t")).token}`;
  }
});

type Handler = (request: Request, args: { params: Promise<Record<string, string>> }) => Promise<Response>;
async function call(handler: Handler, who: string, options: { body?: unknown; params?: Record<string, string>; method?: string } = {}) {
  const response = await handler(
    new Request("http://localhost/api/v1/x", {
      method: options.method ?? (options.body === undefined ? "GET" : "POST"),
      headers: { authorization: auth[who]!, "content-type": "application/json" },
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    }),
    { params: Promise.resolve(options.params ?? {}) },
  );
  const text = await response.text();
  return { status: response.status, text, body: text && /^application\/(problem\+)?json/.test(response.headers.get("content-type") ?? "") ? JSON.parse(text) : null };
}

describe("datasets API", () => {
  let id = "";

  it("creates a dataset; reviewers cannot", async () => {
    const created = await call(createDataset, "editor", { body: { name: "support-tickets" } });
    expect(created.status).toBe(201);
    id = created.body.dataset.id;
    expect((await call(createDataset, "reviewer", { body: { name: "nope" } })).status).toBe(403);
    expect((await call(createDataset, "editor", { body: { name: "support-tickets" } })).status).toBe(409);
  });

  it("imports nothing from a file with a bad line, and says which", async () => {
    const bad = await call(importCases, "editor", { params: { id }, body: { format: "csv", content: "q,expected\na,1\nb\n" } });
    expect(bad.status).toBe(400);
    expect(bad.body.detail).toBe("Nothing was imported. Line 3: The row has 1 cell, but the header has 2 cells.");
    expect(bad.body.problems).toEqual([{ line: 3, message: "The row has 1 cell, but the header has 2 cells." }]);
    expect((await call(getDataset, "reviewer", { params: { id } })).body.dataset.cases).toEqual([]);
  });

  it("keeps positions unique when imports race, and exports what it holds", async () => {
    const csv = (n: number) => `q,expected\n${Array.from({ length: 10 }, (_, i) => `q${n}-${i},a${i}`).join("\n")}\n`;
    const results = await Promise.all([1, 2, 3].map((n) => call(importCases, "editor", { params: { id }, body: { format: "csv", content: csv(n) } })));
    expect(results.map((result) => result.body.imported)).toEqual([10, 10, 10]);
    const log = JSON.stringify({ messages: [{ role: "user", content: "Hi" }, { role: "assistant", content: "Hello" }] });
    expect((await call(importCases, "editor", { params: { id }, body: { format: "openai_logs", content: log } })).body).toEqual({ imported: 1, skipped: 0, replaced: 0 });
    const added = await call(addCase, "editor", { params: { id }, body: { variables: { q: "manual" }, tags: ["hand"] } });
    expect(added.status).toBe(201);
    // The case alone, where it landed — not the dataset with its 31 others.
    expect(added.body).toEqual({ case: { id: expect.any(String), position: 31, variables: { q: "manual" }, messages: null, expectedOutput: null, tags: ["hand"], assertions: [], cleanCaseId: null } });

    const cases = (await call(getDataset, "reviewer", { params: { id } })).body.dataset.cases as { id: string; position: number; messages: unknown; expectedOutput: string | null }[];
    expect(cases.map((testCase) => testCase.position)).toEqual(Array.from({ length: 32 }, (_, i) => i));
    expect(cases[30]).toMatchObject({ messages: [{ role: "user", content: "Hi" }], expectedOutput: "Hello" });

    expect((await call(deleteCase, "editor", { params: { id, caseId: cases[0]!.id }, method: "DELETE" })).status).toBe(204);
    const exported = await call(exportDataset, "reviewer", { params: { id } });
    const lines = exported.text.trim().split("\n").map((line) => JSON.parse(line));
    expect(lines).toHaveLength(31);
    expect(lines.at(-1)).toEqual({ variables: { q: "manual" }, tags: ["hand"], assertions: [] });
  });

  it("edits a case in place, validates its assertions, and keeps reviewers out", async () => {
    const caseId = (await call(getDataset, "reviewer", { params: { id } })).body.dataset.cases.at(-1).id as string;
    const patch = (who: string, body: unknown) => call(updateCase, who, { params: { id, caseId }, body, method: "PATCH" });
    const edited = await patch("editor", { variables: { q: "edited" }, expectedOutput: "42", assertions: [{ type: "regex", pattern: "^4\\d$" }] });
    expect(edited.status).toBe(200);
    expect(Object.keys(edited.body)).toEqual(["case"]);
    expect(edited.body.case).toMatchObject({ id: caseId, variables: { q: "edited" }, expectedOutput: "42", tags: ["hand"], assertions: [{ type: "regex", pattern: "^4\\d$", flags: "" }] });
    const bad = await patch("editor", { assertions: [{ type: "regex", pattern: "(" }] });
    expect(bad.status).toBe(400);
    expect(bad.body.detail).toContain("not a valid regular expression");
    expect((await patch("reviewer", { tags: [] })).status).toBe(403);
    expect((await patch("editor", { expectedOutput: null })).body.case.expectedOutput).toBeNull();
    expect((await call(updateCase, "editor", { params: { id, caseId: randomUUID() }, body: { tags: [] }, method: "PATCH" })).status).toBe(404);
  });
});
