// What a compare turn waits for before its first token: the SQL statements sent before the first
// provider request arrives (counted at the pg driver, under Prisma), and the turn's rows written
// in one statement that other viewers see whole — while two turns sent at the same moment still
// end in one turn and a 409. BENCHMARKS.md (3) says why the count matters.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as sendTurn } from "../../app/api/v1/sessions/[id]/turns/route";
import { readSse } from "../../lib/api/sse-parse";
import { createApiToken } from "../../lib/auth/api-tokens";
import { createUser } from "../../lib/auth/users";
import { db } from "../../lib/db/client";
import { importModels } from "../../lib/providers/models";
import { createProvider } from "../../lib/providers/service";
import { createSession } from "../../lib/sessions/service";
import { createVariant } from "../../lib/variants/service";
import { startWireServer, type WireServer } from "../fixtures/wire-server";

let wire: WireServer;
let authorization: string;
let userId: string;
const variantIds: string[] = [];

// Every statement this process sends, in order (the instance heartbeat and LISTEN run on timers
// and connections of their own, so they are left out).
const statements: string[] = [];
const uncounted = new WeakSet<pg.Client>();
const originalQuery = pg.Client.prototype.query;

beforeAll(async () => {
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    const text = typeof args[0] === "string" ? args[0] : ((args[0] as { text?: string } | undefined)?.text ?? "");
    if (!uncounted.has(this) && !/"Instance"|^LISTEN|^UNLISTEN/.test(text.trim())) statements.push(text);
    return (originalQuery as (...rest: unknown[]) => unknown).apply(this, args);
  } as typeof originalQuery;
  wire = await startWireServer();
  userId = (await createUser({ name: "Pat", email: "pat@example.com", password: "long-enough", role: "editor" })).id;
  authorization = `Bearer ${(await createApiToken(userId, "t")).token}`;
  const provider = await createProvider({ name: "Wire", kind: "openai_compatible", baseUrl: wire.openaiBaseUrl });
  const models = await importModels(provider.id, ["one", "two", "three"]);
  for (const model of models) variantIds.push((await createVariant({ name: `v-${model.modelId}`, modelId: model.id })).id);
});
afterAll(async () => {
  pg.Client.prototype.query = originalQuery;
  await wire.close();
});

const send = (id: string, content: string) =>
  sendTurn(new Request("http://localhost/api/v1/x", { method: "POST", headers: { authorization, "content-type": "application/json" }, body: JSON.stringify({ content }) }), {
    params: Promise.resolve({ id }),
  });

async function drain(response: Response) {
  for await (const _ of readSse(response.body!));
}

describe("a compare turn's path to the first token", () => {
  it("calls the providers after two statements (the login, one read of the session and its history) and writes the turn in one", async () => {
    const session = await createSession({ variantIds }, userId);
    await drain(await send(session.id, "First?")); // history to read, and the token's last-use stamp written
    let beforeFirstRequest: number | null = null;
    for (const model of ["one", "two", "three"]) {
      wire.behave(model, {
        respond: () => {
          beforeFirstRequest ??= statements.length - sent;
          return "Fine.";
        },
        ttftMs: 2_000,
      });
    }
    const sent = statements.length;
    const response = await send(session.id, "Second?");
    const untilResponse = statements.slice(sent);

    // The login, then one read of session, columns, providers and history; then the turn's rows.
    expect(untilResponse).toHaveLength(3);
    expect(untilResponse[0]).toMatch(/FROM "ApiToken" t JOIN "User"/);
    expect(untilResponse[1]).toMatch(/FROM "Session" s/);
    expect(untilResponse[2]).toMatch(/INSERT INTO "Turn"/);
    // Written before the response: another viewer (a connection of its own) sees the turn with
    // every answer streaming.
    const viewer = new pg.Client({ connectionString: process.env.DATABASE_URL });
    uncounted.add(viewer);
    await viewer.connect();
    const shown = await viewer.query('SELECT c.status FROM "Completion" c JOIN "Turn" t ON t.id = c."turnId" WHERE t."sessionId" = $1 AND t.index = 1', [session.id]);
    await viewer.end();
    expect(shown.rows.map((row: { status: string }) => row.status)).toEqual(["streaming", "streaming", "streaming"]);
    await drain(response);
    // The calls started before the rows were written: the insert may be on its way while the
    // request is (Prisma's includes sent ten statements first).
    expect(beforeFirstRequest).toBeGreaterThanOrEqual(2);
    expect(beforeFirstRequest).toBeLessThanOrEqual(3);
    const answers = await db().completion.findMany({ where: { turn: { sessionId: session.id, index: 1 } } });
    expect(answers.map((answer) => answer.status)).toEqual(["done", "done", "done"]);
    // Each column's thread came from the one read: its own earlier answer.
    const asked = wire.requests.slice(-3).map((request) => request.body.messages);
    for (const messages of asked) expect(messages).toEqual([{ role: "user", content: "First?" }, { role: "assistant", content: "Hello from the wire server." }, { role: "user", content: "Second?" }]);
  });

  it("refuses a second message sent at the same moment with a 409: one turn, its answers alone, the other's calls stopped", async () => {
    for (const model of ["one", "two", "three"]) wire.behave(model, { chunks: ["Slow", " one"], ttftMs: 2_000 });
    const session = await createSession({ variantIds }, userId);
    // Hold inserts into Turn (reads go on) until both messages have read the session and called.
    const blocker = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await blocker.connect();
    try {
      await blocker.query('BEGIN; LOCK TABLE "Turn" IN EXCLUSIVE MODE');
      const seen = wire.requests.length;
      const both = Promise.all([send(session.id, "A"), send(session.id, "B")]);
      await expect.poll(() => wire.requests.length - seen, { timeout: 10_000 }).toBe(6);
      await blocker.query("COMMIT");
      const responses = await both;
      expect(responses.map((response) => response.status).sort()).toEqual([200, 409]);
      const refused = responses.find((response) => response.status === 409)!;
      expect((await refused.json()).detail).toMatch(/at the same moment/);
      await drain(responses.find((response) => response.status === 200)!);
    } finally {
      await blocker.end();
    }
    const turns = await db().turn.findMany({ where: { sessionId: session.id }, include: { completions: true } });
    expect(turns).toHaveLength(1);
    expect(turns[0]!.completions.map((completion) => completion.status)).toEqual(["done", "done", "done"]);
    await expect.poll(() => wire.requests.slice(-6).filter((request) => request.clientClosedEarly).length, { timeout: 5_000 }).toBe(3);
  });
});
