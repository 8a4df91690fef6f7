// Noisy copies through the route: clean copies and perturbed cases in one dataset, tagged and
// linked, reproducible from the seed; bad requests answered with problem documents.
import { beforeAll, describe, expect, it } from "vitest";
import { POST as importCases } from "../../app/api/v1/datasets/[id]/import/route";
import { POST as makeNoisy } from "../../app/api/v1/datasets/[id]/noisy/route";
import { GET as getDataset } from "../../app/api/v1/datasets/[id]/route";
import { POST as createDataset } from "../../app/api/v1/datasets/route";
import { createApiToken } from "../../lib/auth/api-tokens";
import { createUser } from "../../lib/auth/users";
import * as noisyRoute from "../../app/api/v1/datasets/[id]/noisy/route";
import { INJECTED_INSTRUCTION } from "../../lib/datasets/noisy/perturbations";
import { runJuxta } from "../helpers/juxta-cli";
import { startRouteServer } from "../helpers/route-server";

const auth: Record<string, string> = {};
type Handler = (request: Request, args: { params: Promise<Record<string, string>> }) => Promise<Response>;
async function call(handler: Handler, who: string, params: Record<string, string>, body?: unknown) {
  const response = await handler(
    new Request("http://localhost/api/v1/x", { method: body === undefined ? "GET" : "POST", headers: { authorization: auth[who]!, "content-type": "application/json" }, body: body === undefined ? undefined : JSON.stringify(body) }),
    { params: Promise.resolve(params) },
  );
  return { status: response.status, body: await response.json() };
}

interface CaseView {
  id: string;
  position: number;
  variables: Record<string, unknown>;
  messages: unknown;
  expectedOutput: string | null;
  tags: string[];
  assertions: unknown[];
  cleanCaseId: string | null;
}
const casesOf = async (id: string) => (await call(getDataset, "reviewer", { id })).body.dataset.cases as CaseView[];

let cleanId = "";
beforeAll(async () => {
  for (const role of ["editor", "reviewer"] as const) {
    const user = await createUser({ name: role, email: `${role}@example.com`, password: "long-enough", role });
    auth[role] = `Bearer ${(await createApiToken(user.id, "t")).token}`;
  }
  cleanId = (await call(createDataset, "editor", {}, { name: "questions" })).body.dataset.id;
  const lines = [
    { variables: { country: "France", n: 1 }, expected: "Paris", tags: ["geo"], assertions: [{ type: "contains", value: "Paris" }] },
    { variables: { country: "Japan" }, expected: "Tokyo", assertions: [{ type: "contains", value: "Tokyo" }] },
  ];
  expect((await call(importCases, "editor", { id: cleanId }, { format: "jsonl", content: lines.map((line) => JSON.stringify(line)).join("\n") })).status).toBe(200);
  const log = { messages: [{ role: "system", content: "Be brief." }, { role: "user", content: "Name the largest planet" }, { role: "assistant", content: "Jupiter" }] };
  expect((await call(importCases, "editor", { id: cleanId }, { format: "openai_logs", content: JSON.stringify(log) })).status).toBe(200);
});

describe("POST /api/v1/datasets/{id}/noisy", () => {
  it("copies each clean case and adds one perturbed case per kind, tagged and linked to the copy", async () => {
    const made = await call(makeNoisy, "editor", { id: cleanId }, { kinds: ["typos", "injection"], seed: 7 });
    expect(made.status).toBe(201);
    expect(made.body.dataset).toMatchObject({ name: "questions — noisy (seed 7)", noisyOfId: cleanId, noise: { kinds: ["typos", "injection"], seed: 7 }, caseCount: 9 });
    const dataset = (await call(getDataset, "reviewer", { id: made.body.dataset.id })).body.dataset;
    expect(dataset).toMatchObject({ noisyOfId: cleanId, noise: { kinds: ["typos", "injection"], seed: 7 } });
    const cases = dataset.cases as CaseView[];
    expect(cases.map((testCase) => testCase.tags)).toEqual([
      ["geo", "clean"], ["geo", "noisy:typos"], ["geo", "noisy:injection"],
      ["clean"], ["noisy:typos"], ["noisy:injection"],
      ["clean"], ["noisy:typos"], ["noisy:injection"],
    ]);
    const originals = await casesOf(cleanId);
    for (let index = 0; index < 3; index++) {
      const [clean, typo, injected] = cases.slice(index * 3, index * 3 + 3) as [CaseView, CaseView, CaseView];
      const original = originals[index]!;
      // The clean copy is the original (another id, in the copy); the noisy ones point at it.
      expect(clean).toMatchObject({ variables: original.variables, messages: original.messages, expectedOutput: original.expectedOutput, assertions: original.assertions, cleanCaseId: null });
      expect(clean.id).not.toBe(original.id);
      for (const noisy of [typo, injected]) expect(noisy).toMatchObject({ cleanCaseId: clean.id, expectedOutput: original.expectedOutput, assertions: original.assertions });
    }
    expect(cases[2]!.variables).toEqual({ country: `France\n\n${INJECTED_INSTRUCTION}`, n: 1 });
    expect(cases[1]!.variables.n).toBe(1);
    expect(cases[1]!.variables.country).not.toBe("France");
    // A logged conversation: only the last user message is perturbed.
    expect(cases[8]!.messages).toEqual([{ role: "system", content: "Be brief." }, { role: "user", content: `Name the largest planet\n\n${INJECTED_INSTRUCTION}` }]);
  });

  it("makes the same copy from the same seed, and another from another seed", async () => {
    const kinds = ["typos", "casing", "whitespace", "junk", "truncation", "lookalike", "injection"];
    const again = async (seed: number, name: string) => casesOf((await call(makeNoisy, "editor", { id: cleanId }, { kinds, seed, name })).body.dataset.id);
    const shape = (cases: CaseView[]) => cases.map(({ id: _id, cleanCaseId, ...rest }) => ({ ...rest, linked: cleanCaseId === null ? null : cases.findIndex((other) => other.id === cleanCaseId) }));
    const first = shape(await again(123, "seed 123 a"));
    const second = shape(await again(123, "seed 123 b"));
    const other = shape(await again(124, "seed 124"));
    expect(first).toHaveLength(3 * 8);
    expect(second).toEqual(first);
    expect(other).not.toEqual(first);
    // Only the random kinds differ between seeds; the clean copies and the injection do not.
    expect(other.filter((testCase) => testCase.tags.includes("clean"))).toEqual(first.filter((testCase) => testCase.tags.includes("clean")));
  });

  it("answers bad requests with problem documents naming the field", async () => {
    const badKind = await call(makeNoisy, "editor", { id: cleanId }, { kinds: ["typos", "gibberish"], seed: 1 });
    expect(badKind.status).toBe(400);
    expect(badKind.body.errors[0].path).toBe("kinds.1");
    const badSeed = await call(makeNoisy, "editor", { id: cleanId }, { kinds: ["typos"], seed: -1 });
    expect(badSeed.status).toBe(400);
    expect(badSeed.body.errors[0].path).toBe("seed");
    expect((await call(makeNoisy, "editor", { id: cleanId }, { kinds: [], seed: 1 })).body.errors[0].path).toBe("kinds");
    expect((await call(makeNoisy, "reviewer", { id: cleanId }, { kinds: ["typos"], seed: 1 })).status).toBe(403);
    expect((await call(makeNoisy, "editor", { id: "00000000-0000-7000-8000-000000000000" }, { kinds: ["typos"], seed: 1 })).status).toBe(404);
    const taken = await call(makeNoisy, "editor", { id: cleanId }, { kinds: ["typos"], seed: 7 });
    expect(taken.status).toBe(409);
    expect(taken.body.detail).toContain("questions — noisy (seed 7)");
    const empty = (await call(createDataset, "editor", {}, { name: "empty" })).body.dataset.id;
    expect((await call(makeNoisy, "editor", { id: empty }, { kinds: ["typos"], seed: 1 })).status).toBe(400);
  });
});

describe("juxta datasets noisy", () => {
  it("makes the copy through the running server, the same as the route makes it, and exits 2 on a bad kind", async () => {
    const server = await startRouteServer({ "/api/v1/datasets/[id]/noisy": noisyRoute });
    try {
      const env = { ...process.env, JUXTA_URL: server.url, JUXTA_TOKEN: auth.editor!.replace("Bearer ", "") };
      const made = await runJuxta(["datasets", "noisy", cleanId, "--kinds", "casing,junk", "--seed", "99", "--name", "from the cli", "--json"], env);
      expect(made.stderr).toBe("");
      expect(made.code).toBe(0);
      const copy = JSON.parse(made.stdout);
      expect(copy).toMatchObject({ name: "from the cli", noisyOfId: cleanId, noise: { kinds: ["casing", "junk"], seed: 99 }, caseCount: 9 });
      const viaRoute = (await call(makeNoisy, "editor", { id: cleanId }, { kinds: ["casing", "junk"], seed: 99, name: "from the route" })).body.dataset.id;
      const strip = (cases: CaseView[]) => cases.map(({ id: _id, cleanCaseId: _clean, ...rest }) => rest);
      expect(strip(await casesOf(copy.id))).toEqual(strip(await casesOf(viaRoute)));

      const bad = await runJuxta(["datasets", "noisy", cleanId, "--kinds", "typos,gibberish", "--seed", "1"], env);
      expect(bad.code).toBe(2);
      expect(bad.stderr).toContain("Each kind is one of typos, casing");
    } finally {
      await server.close();
    }
  });
});
