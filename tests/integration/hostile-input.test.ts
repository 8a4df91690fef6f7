// Input PostgreSQL cannot store or that would overflow the stack: a NUL character anywhere (body,
// keys, query, params) and absurdly deep JSON are a 400 naming the field, never a 500.
import { beforeAll, describe, expect, it } from "vitest";
import { POST as addCase } from "../../app/api/v1/datasets/[id]/cases/route";
import { POST as createDataset } from "../../app/api/v1/datasets/route";
import { GET as getPrompt } from "../../app/api/v1/prompts/[id]/route";
import { POST as createPrompt } from "../../app/api/v1/prompts/route";
import { POST as sendTurn } from "../../app/api/v1/sessions/[id]/turns/route";
import { GET as listSessions, POST as createSession } from "../../app/api/v1/sessions/route";
import { createApiToken } from "../../lib/auth/api-tokens";
import { createUser } from "../../lib/auth/users";
import { importModels } from "../../lib/providers/models";
import { createProvider } from "../../lib/providers/service";
import { createVariant } from "../../lib/variants/service";

type Handler = (request: Request, args: { params: Promise<Record<string, string>> }) => Promise<Response>;
let authorization: string;
let datasetId: string;
let sessionId: string;

async function call(handler: Handler, options: { body?: string; params?: Record<string, string>; search?: string }) {
  const response = await handler(
    new Request(`http://localhost/api/v1/x${options.search ?? ""}`, {
      method: options.body === undefined ? "GET" : "POST",
      headers: { authorization, "content-type": "application/json" },
      body: options.body,
    }),
    { params: Promise.resolve(options.params ?? {}) },
  );
  return { status: response.status, type: response.headers.get("content-type"), body: await response.json() };
}

const nulProblem = (path: string) => ({
  status: 400,
  type: "application/problem+json",
  body: expect.objectContaining({ errors: [{ path, message: "contains a NUL character (\\u0000), which cannot be stored" }] }),
});

beforeAll(async () => {
  const user = await createUser({ name: "Ed", email: "ed@example.com", password: "long-enough", role: "editor" });
  authorization = `Bearer ${(await createApiToken(user.id, "t")).token}`;
  datasetId = (await call(createDataset, { body: JSON.stringify({ name: "d" }) })).body.dataset.id;
  const provider = await createProvider({ name: "Local", kind: "openai_compatible", baseUrl: "http://127.0.0.1:9/v1" });
  const models = await importModels(provider.id, ["a", "b"]);
  const variantIds = [];
  for (const model of models) variantIds.push((await createVariant({ name: `v-${model.modelId}`, modelId: model.id })).id);
  sessionId = (await call(createSession, { body: JSON.stringify({ title: "s", variantIds }) })).body.session.id;
});

describe("NUL characters", () => {
  it("are a 400 naming the field in a prompt's messages", async () => {
    const body = JSON.stringify({ name: "p", messages: [{ role: "user", content: "Hi\u0000there" }] });
    expect(await call(createPrompt, { body })).toEqual(nulProblem("messages.0.content"));
  });

  it("are a 400 in a test case's free-form variables, keys included", async () => {
    expect(await call(addCase, { params: { id: datasetId }, body: JSON.stringify({ variables: { ticket: "a\u0000b" } }) })).toEqual(nulProblem("variables.ticket"));
    const key = await call(addCase, { params: { id: datasetId }, body: JSON.stringify({ variables: { "tic\u0000ket": "x" } }) });
    expect(key.status).toBe(400);
    expect(key.body.errors[0]).toEqual({ path: "variables.tic\\u0000ket", message: "has a key with a NUL character (\\u0000), which cannot be stored" });
  });

  it("are a 400 in a compare turn", async () => {
    expect(await call(sendTurn, { params: { id: sessionId }, body: JSON.stringify({ content: "hello\u0000" }) })).toEqual(nulProblem("content"));
  });

  it("are a 400 in query and path parameters", async () => {
    expect(await call(listSessions, { search: "?q=a%00b" })).toEqual(nulProblem("q"));
    const params = await call(getPrompt, { params: { id: "x\u0000" } });
    expect(params.status).toBe(400);
    expect(params.body.detail).toContain("Invalid params: id:");
  });
});

describe("deep JSON", () => {
  it("is a 400 at any depth instead of a stack overflow", async () => {
    const depth = 100_000;
    const nested = `{"variables":{"v":${"[".repeat(depth)}${"]".repeat(depth)}}}`;
    const response = await call(addCase, { params: { id: datasetId }, body: nested });
    expect(response.status).toBe(400);
    expect(response.body.detail).toMatch(/^Invalid body: variables\.v\.0\.0\..*is nested deeper than 64 levels\.$/);
    const objects = `${'{"a":'.repeat(depth)}1${"}".repeat(depth)}`;
    expect((await call(createPrompt, { body: objects })).status).toBe(400);
  });

  it("still accepts sane nesting", async () => {
    const nested = JSON.parse(`${"[".repeat(30)}"deep"${"]".repeat(30)}`) as unknown;
    const response = await call(addCase, { params: { id: datasetId }, body: JSON.stringify({ variables: { v: nested } }) });
    expect(response.status).toBe(201);
  });
});
