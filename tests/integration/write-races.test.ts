// A write that loses a race to another request answers a problem document, never a 500: a
// reference deleted between a service's check and its insert (409 naming the field), a record
// deleted between its read and its update (404), a key another request took meanwhile (409). The
// races are made real and certain with PostgreSQL triggers that do what the other request would
// do at the worst moment: the route handlers, services and Prisma run as they do in production.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { POST as duplicate } from "../../app/api/v1/sessions/[id]/duplicate/route";
import { PATCH as renameRoute } from "../../app/api/v1/sessions/[id]/route";
import { POST as sendTurn } from "../../app/api/v1/sessions/[id]/turns/route";
import { POST as addCase } from "../../app/api/v1/datasets/[id]/cases/route";
import { POST as createSession } from "../../app/api/v1/sessions/route";
import { createApiToken } from "../../lib/auth/api-tokens";
import { createUser } from "../../lib/auth/users";
import { db } from "../../lib/db/client";
import { createPrompt } from "../../lib/prompts/service";
import { importModels } from "../../lib/providers/models";
import { createVariant } from "../../lib/variants/service";
import { startWireServer, type WireServer } from "../fixtures/wire-server";
import { wireProviders, type RouteHandler } from "../helpers/route-call";

let wire: WireServer;
let authorization: string;
let userId: string;
const variantIds: string[] = [];

beforeAll(async () => {
  wire = await startWireServer();
  const user = await createUser({ name: "Ed", email: "ed@example.com", password: "long-enough", role: "admin" });
  userId = user.id;
  authorization = `Bearer ${(await createApiToken(user.id, "t")).token}`;
  const { compatible } = await wireProviders(wire, { openai: "sk-wire-0123456789", anthropic: "sk-wire-0123456789" });
  const [model] = await importModels(compatible.id, ["wire-small"]);
  for (const name of ["race-a", "race-b"]) variantIds.push((await createVariant({ name, modelId: model!.id })).id);
});
afterAll(() => wire.close());
afterEach(async () => {
  for (const [table, trigger] of [["Session", "race_insert"], ["Session", "race_update"], ["Turn", "race_insert"], ["TestCase", "race_insert"]]) await db().$executeRawUnsafe(`DROP TRIGGER IF EXISTS ${trigger} ON "${table}"`);
});

function send(handler: RouteHandler, method: string, params: Record<string, string>, body?: unknown) {
  const request = new Request("http://localhost/api/v1/x", { method, headers: { authorization, "content-type": "application/json" }, body: body === undefined ? undefined : JSON.stringify(body) });
  return handler(request, { params: Promise.resolve(params) });
}

/** `body` runs in PL/pgSQL for each row, before it is written. */
async function beforeEachRow(table: string, event: "INSERT" | "UPDATE", name: string, body: string) {
  await db().$executeRawUnsafe(`CREATE OR REPLACE FUNCTION ${name}_fn() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN ${body} END $$`);
  await db().$executeRawUnsafe(`CREATE TRIGGER ${name} BEFORE ${event} ON "${table}" FOR EACH ROW EXECUTE FUNCTION ${name}_fn()`);
}

/** Someone deletes the prompt version a session is being created from, just before the insert. */
const deletePromptVersionOnInsert = () => beforeEachRow("Session", "INSERT", "race_insert", `DELETE FROM "PromptVersion" WHERE id = NEW."promptVersionId"; RETURN NEW;`);

async function problemOf(response: Response) {
  return { status: response.status, contentType: response.headers.get("content-type"), body: (await response.json()) as { type: string; detail: string; errors?: Array<{ path: string; message: string }> } };
}

let promptNumber = 0;
async function newPrompt() {
  return createPrompt({ name: `race-${++promptNumber}`, messages: [{ role: "system", content: "You are terse." }, { role: "user", content: "Hi" }] }, userId);
}

describe("writes that lose a race", () => {
  it("a prompt deleted between the render check and the session insert: 409 naming promptVersionId", async () => {
    const prompt = await newPrompt();
    const sessionsBefore = await db().session.count();
    await deletePromptVersionOnInsert();
    const { status, contentType, body } = await problemOf(await send(createSession as RouteHandler, "POST", {}, { variantIds, prompt: { promptId: prompt.id, version: 1 } }));
    expect({ status, contentType, type: body.type }).toEqual({ status: 409, contentType: "application/problem+json", type: "urn:juxta:problem:conflict" });
    expect(body.detail).toBe("The prompt version this refers to (promptVersionId) was deleted at the same moment; reload and try again.");
    expect(body.errors).toEqual([{ path: "promptVersionId", message: "refers to a record that no longer exists" }]);
    expect(JSON.stringify(body)).not.toMatch(/fkey|constraint|Session_|violates/);
    expect(await db().session.count()).toBe(sessionsBefore); // nothing half-written
  });

  it("a session duplicated while its prompt is deleted: 409 naming promptVersionId", async () => {
    const prompt = await newPrompt();
    const created = await send(createSession as RouteHandler, "POST", {}, { variantIds, prompt: { promptId: prompt.id, version: 1 } });
    expect(created.status).toBe(201);
    const { session } = (await created.json()) as { session: { id: string } };
    await deletePromptVersionOnInsert();
    const { status, body } = await problemOf(await send(duplicate as RouteHandler, "POST", { id: session.id }, {}));
    expect(status).toBe(409);
    expect(body.errors?.map((error) => error.path)).toEqual(["promptVersionId"]);
  });

  it("a session deleted between the rename's read and its update: 404", async () => {
    const created = await send(createSession as RouteHandler, "POST", {}, { variantIds });
    const { session } = (await created.json()) as { session: { id: string } };
    // The other request's delete lands first; the rename's update then finds no row.
    await beforeEachRow("Session", "UPDATE", "race_update", `DELETE FROM "Session" WHERE id = OLD.id; RETURN NULL;`);
    const { status, body } = await problemOf(await send(renameRoute as RouteHandler, "PATCH", { id: session.id }, { title: "Renamed" }));
    expect({ status, type: body.type }).toEqual({ status: 404, type: "urn:juxta:problem:not_found" });
    expect(body.detail).toBe("That session was not found; it may have been deleted at the same moment.");
    expect(await db().session.count({ where: { id: session.id } })).toBe(0);
  });

  it("a session deleted while a turn is sent to it (the raw insert): 409 naming sessionId", async () => {
    const created = await send(createSession as RouteHandler, "POST", {}, { variantIds });
    const { session } = (await created.json()) as { session: { id: string } };
    await beforeEachRow("Turn", "INSERT", "race_insert", `DELETE FROM "Session" WHERE id = NEW."sessionId"; RETURN NEW;`);
    const { status, body } = await problemOf(await send(sendTurn as RouteHandler, "POST", { id: session.id }, { content: "Hello?" }));
    expect(status).toBe(409);
    expect(body.detail).toBe("The session this refers to (sessionId) was deleted at the same moment; reload and try again.");
    expect(await db().completion.count()).toBe(0);
  });

  it("a dataset deleted while a case is added to it (the bulk insert): 409 naming datasetId", async () => {
    const dataset = await db().dataset.create({ data: { name: "racing" } });
    await beforeEachRow("TestCase", "INSERT", "race_insert", `DELETE FROM "Dataset" WHERE id = NEW."datasetId"; RETURN NEW;`);
    const { status, body } = await problemOf(await send(addCase as RouteHandler, "POST", { id: dataset.id }, { variables: { q: "late" } }));
    expect(status).toBe(409);
    expect(body.errors).toEqual([{ path: "datasetId", message: "refers to a record that no longer exists" }]);
  });
});
