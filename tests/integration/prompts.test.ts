// The prompt library through its route handlers: immutable numbered versions (also when saved
// concurrently), variables detected, rendering that refuses missing values.
import { beforeAll, describe, expect, it } from "vitest";
import { POST as render } from "../../app/api/v1/prompts/[id]/render/route";
import { GET as listVersions, POST as addVersion } from "../../app/api/v1/prompts/[id]/versions/route";
import { GET as listPrompts, POST as createPrompt } from "../../app/api/v1/prompts/route";
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
async function call(handler: Handler, who: string, body?: unknown, id?: string) {
  const params: Record<string, string> = id ? { id } : {};
  const response = await handler(
    new Request("http://localhost/api/v1/x", { method: body === undefined ? "GET" : "POST", headers: { authorization: auth[who]!, "content-type": "application/json" }, body: body === undefined ? undefined : JSON.stringify(body) }),
    { params: Promise.resolve(params) },
  );
  return { status: response.status, body: await response.json() };
}

const messages = [
  { role: "system", content: "You are {{persona}}." },
  { role: "user", content: "Classify this ticket: {{ticket}}" },
];

describe("prompts API", () => {
  it("creates version 1 with its variables, and refuses duplicates and bad templates", async () => {
    const created = await call(createPrompt, "editor", { name: "ticket-triage", description: "Sorts tickets", messages, note: "first" });
    expect(created.status).toBe(201);
    expect(created.body.prompt.versions).toEqual([expect.objectContaining({ version: 1, variables: ["persona", "ticket"], note: "first", createdBy: "editor" })]);
    expect((await call(createPrompt, "editor", { name: "ticket-triage", messages })).status).toBe(409);
    const noUser = await call(createPrompt, "editor", { name: "x", messages: [{ role: "system", content: "hi" }] });
    expect(noUser.body.detail).toContain("needs a user message");
    expect((await call(createPrompt, "editor", { name: "a@b", messages })).status).toBe(400);
    expect((await call(createPrompt, "reviewer", { name: "mine", messages })).status).toBe(403);
  });

  it("numbers versions without gaps or duplicates when saved concurrently", async () => {
    const { body } = await call(listPrompts, "reviewer");
    const id = body.prompts[0].id as string;
    const results = await Promise.all(
      [1, 2, 3, 4, 5].map((n) => call(addVersion, "editor", { messages: [{ role: "user", content: `v${n}: {{ticket}}` }], note: `v${n}` }, id)),
    );
    expect(results.map((result) => result.status)).toEqual([201, 201, 201, 201, 201]);
    const versions = (await call(listVersions, "reviewer", undefined, id)).body.versions.map((version: { version: number }) => version.version);
    expect(versions).toEqual([6, 5, 4, 3, 2, 1]);
  });

  it("renders a version with values, and names what is missing", async () => {
    const id = (await call(listPrompts, "reviewer")).body.prompts[0].id as string;
    const first = await call(render, "reviewer", { version: 1, values: { persona: "a triage bot", ticket: "Login fails" } }, id);
    expect(first.body).toEqual({
      rendered: {
        version: 1,
        messages: [
          { role: "system", content: "You are a triage bot." },
          { role: "user", content: "Classify this ticket: Login fails" },
        ],
      },
    });
    const missing = await call(render, "reviewer", { version: 1, values: { persona: "x" } }, id);
    expect(missing).toMatchObject({ status: 400, body: { detail: "No value for {{ticket}}.", missing: ["ticket"] } });
    expect((await call(render, "reviewer", { version: 99, values: {} }, id)).status).toBe(404);
  });
});
