// The compare SSE endpoint end to end: real route handlers, a real database, the official SDKs
// against the wire server. Columns stream independently; nothing is lost when one fails or when
// the client goes away.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as exportSession } from "../../app/api/v1/sessions/[id]/export/route";
import { GET as getSession } from "../../app/api/v1/sessions/[id]/route";
import { POST as stop } from "../../app/api/v1/sessions/[id]/stop/route";
import { POST as retry } from "../../app/api/v1/sessions/[id]/turns/[turnId]/retry/route";
import { POST as sendTurn } from "../../app/api/v1/sessions/[id]/turns/route";
import { POST as createSession } from "../../app/api/v1/sessions/route";
import { readSse } from "../../lib/api/sse-parse";
import { createApiToken } from "../../lib/auth/api-tokens";
import { createUser } from "../../lib/auth/users";
import type { CompareEvent } from "../../lib/compare/turn-runner";
import { db } from "../../lib/db/client";
import { importModels } from "../../lib/providers/models";
import { createProvider } from "../../lib/providers/service";
import { createVariant } from "../../lib/variants/service";
import { startWireServer, type WireServer } from "../fixtures/wire-server";

let wire: WireServer;
let authorization: string;
const variantIds: string[] = [];

beforeAll(async () => {
  wire = await startWireServer();
  const user = await createUser({ name: "Po", email: "po@example.com", password: "long-enough", role: "editor" });
  authorization = `Bearer ${(await createApiToken(user.id, "t")).token}`;
  const provider = await createProvider({ name: "Wire", kind: "openai_compatible", baseUrl: wire.openaiBaseUrl });
  const models = await importModels(provider.id, ["steady", "cut", "slow"]);
  await db().model.updateMany({ where: { providerId: provider.id }, data: { inputPricePerMTok: "1", outputPricePerMTok: "2" } });
  for (const model of models) {
    variantIds.push((await createVariant({ name: `v-${model.modelId}`, modelId: model.id, systemPrompt: `You are ${model.modelId}.` })).id);
  }
  wire.behave("steady", { chunks: ["One", " two", " three."], chunkDelayMs: 10 });
  // Slow enough that a stop sent after the first chunk arrives before the second on a loaded
  // machine (at 150 ms the stop lost that race under load and the answer finished).
  wire.behave("slow", { chunks: ["Slow", " but", " sure", "."], chunkDelayMs: 400 });
});
afterAll(() => wire.close());

function post(handler: (request: Request, args: { params: Promise<Record<string, string>> }) => Promise<Response>, params: Record<string, string>, body?: unknown) {
  return handler(
    new Request("http://localhost/api/v1/x", { method: "POST", headers: { authorization, "content-type": "application/json" }, body: body === undefined ? undefined : JSON.stringify(body) }),
    { params: Promise.resolve(params) },
  );
}
const get = (handler: (request: Request, args: { params: Promise<Record<string, string>> }) => Promise<Response>, params: Record<string, string>, search = "") =>
  handler(new Request(`http://localhost/api/v1/x${search}`, { headers: { authorization } }), { params: Promise.resolve(params) });

async function events(response: Response, stopAfter?: (event: CompareEvent) => boolean): Promise<CompareEvent[]> {
  expect(response.headers.get("content-type")).toContain("text/event-stream");
  const seen: CompareEvent[] = [];
  const controller = new AbortController();
  for await (const message of readSse(response.body!, controller.signal)) {
    const event = JSON.parse(message.data) as CompareEvent;
    expect(message.event).toBe(event.type);
    seen.push(event);
    if (stopAfter?.(event)) {
      controller.abort();
      break;
    }
  }
  return seen;
}

async function newSession(title: string) {
  const response = await (await post(createSession, {}, { title, variantIds })).json();
  return response.session.id as string;
}

describe("compare turns over SSE", () => {
  it("streams three columns at once; a cut column keeps its partial text while the others finish", async () => {
    wire.behave("cut", { chunks: ["Half", " an", " answer", " and", " more"], chunkDelayMs: 20, faults: [{ type: "cut", afterChunks: 3 }] });
    const id = await newSession("three columns");
    const seen = await events(await post(sendTurn, { id }, { content: "Count to three." }));

    expect(seen[0]).toMatchObject({ type: "turn.start", index: 0 });
    expect(seen.at(-1)?.type).toBe("turn.done");
    expect(seen.filter((event) => event.type === "completion.start")).toHaveLength(3);
    expect(seen.filter((event) => event.type === "completion.done")).toHaveLength(2);
    const failed = seen.find((event) => event.type === "completion.error");
    expect(failed).toMatchObject({ kind: "network" });

    const { session } = await (await get(getSession, { id })).json();
    const answers = Object.fromEntries(
      session.turns[0].completions.map((completion: { columnId: string; text: string; status: string }) => [
        session.columns.find((column: { id: string }) => column.id === completion.columnId).variant.name,
        completion,
      ]),
    );
    expect(answers["v-steady"]).toMatchObject({ status: "done", text: "One two three.", metrics: { inputTokens: 11, outputTokens: 3, costUsd: "0.000017" } });
    expect(answers["v-slow"]).toMatchObject({ status: "done", text: "Slow but sure." });
    expect(answers["v-cut"]).toMatchObject({ status: "error", errorKind: "network", text: "Half an answer" });
    expect(session.title).toBe("three columns");
    // The exact request is stored, system prompt first.
    const stored = await db().completion.findFirstOrThrow({ where: { text: "One two three." } });
    expect(stored.request).toMatchObject({ model: "steady", messages: [{ role: "system", content: "You are steady." }, { role: "user", content: "Count to three." }], provider: { name: "Wire" } });
  });

  it("gives each column its own thread in the next turn", async () => {
    const id = await newSession("multi-turn");
    await events(await post(sendTurn, { id }, { content: "First?" }));
    const before = wire.requests.length;
    await events(await post(sendTurn, { id }, { content: "Second?" }));
    const steady = wire.requests.slice(before).find((entry) => entry.body.model === "steady")!;
    expect(steady.body.messages).toEqual([
      { role: "system", content: "You are steady." },
      { role: "user", content: "First?" },
      { role: "assistant", content: "One two three." },
      { role: "user", content: "Second?" },
    ]);
    const slow = wire.requests.slice(before).find((entry) => entry.body.model === "slow")!;
    expect((slow.body.messages as { content: string }[])[2]).toEqual({ role: "assistant", content: "Slow but sure." });
  });

  it("finishes and saves every answer when the client disconnects mid-stream", async () => {
    const id = await newSession("walk away");
    await events(await post(sendTurn, { id }, { content: "Go" }), (event) => event.type === "completion.delta");
    await expect
      .poll(async () => (await db().completion.findMany({ where: { turn: { sessionId: id } } })).map((row) => row.status).sort(), { timeout: 10_000 })
      .toEqual(["done", "done", "done"]);
    const slow = await db().completion.findFirstOrThrow({ where: { turn: { sessionId: id }, text: "Slow but sure." } });
    expect(slow.totalMs).toBeGreaterThan(400);
  });

  it("stops one column on request, keeping what arrived, and retries it", async () => {
    const id = await newSession("stop one");
    const response = await post(sendTurn, { id }, { content: "Go slowly" });
    const seen: CompareEvent[] = [];
    let slowCompletion: string | undefined;
    const slowColumn = (await (await get(getSession, { id })).json()).session.columns.find((column: { variant: { name: string } }) => column.variant.name === "v-slow").id;
    for await (const message of readSse(response.body!)) {
      const event = JSON.parse(message.data) as CompareEvent;
      seen.push(event);
      if (event.type === "completion.start" && event.columnId === slowColumn) slowCompletion = event.completionId;
      if (event.type === "completion.delta" && event.completionId === slowCompletion && seen.filter((e) => e.type === "completion.delta" && e.completionId === slowCompletion).length === 1) {
        expect(await (await post(stop, { id }, { completionId: slowCompletion })).json()).toEqual({ stopped: 1 });
      }
    }
    expect(seen.find((event) => event.type === "completion.error")).toMatchObject({ completionId: slowCompletion, kind: "cancelled" });
    const stopped = await db().completion.findUniqueOrThrow({ where: { id: slowCompletion } });
    expect(stopped).toMatchObject({ status: "cancelled", text: "Slow" });

    const turnId = seen[0]!.type === "turn.start" ? seen[0]!.turnId : "";
    const retried = await events(await post(retry, { id, turnId }, { columnId: slowColumn }));
    expect(retried.filter((event) => event.type === "completion.done")).toHaveLength(1);
    const { session } = await (await get(getSession, { id })).json();
    const latest = session.turns[0].completions.filter((completion: { columnId: string }) => completion.columnId === slowColumn).at(-1);
    expect(latest).toMatchObject({ status: "done", text: "Slow but sure." });
  });

  it("stops a whole turn: every column still streaming ends cancelled", async () => {
    const id = await newSession("stop all");
    const response = await post(sendTurn, { id }, { content: "Everyone slowly" });
    const turnId = response.headers.get("x-turn-id")!;
    let stopped: unknown = null;
    const seen: CompareEvent[] = [];
    for await (const message of readSse(response.body!)) {
      const event = JSON.parse(message.data) as CompareEvent;
      seen.push(event);
      if (event.type === "completion.delta" && stopped === null) stopped = await (await post(stop, { id }, { turnId })).json();
    }
    expect((stopped as { stopped: number }).stopped).toBeGreaterThanOrEqual(1);
    const rows = await db().completion.findMany({ where: { turnId } });
    expect(rows.some((row) => row.status === "cancelled")).toBe(true);
    expect(rows.find((row) => row.columnId && row.text.startsWith("Slow"))).toMatchObject({ status: "cancelled" });
  });

  it("exports JSON, CSV and Markdown", async () => {
    const id = await newSession("export me");
    await events(await post(sendTurn, { id }, { content: "=cmd|' /C calc'!A0" }));
    const json = await (await get(exportSession, { id }, "?format=json")).json();
    expect(json.session.turns).toHaveLength(1);
    const csvResponse = await get(exportSession, { id }, "?format=csv");
    expect(csvResponse.headers.get("content-disposition")).toContain('filename="export-me.csv"');
    const csv = await csvResponse.text();
    expect(csv.split("\r\n")[0]).toContain("turn,prompt,column,variant");
    expect(csv).toContain(`"'=cmd|' /C calc'!A0"`); // formula defused
    expect(csv).toContain("One two three.");
    const md = await (await get(exportSession, { id }, "?format=md")).text();
    expect(md).toContain("# export me");
    expect(md).toMatch(/### A: v-\w+ \(\w+ · Wire\)/);
    expect((await get(exportSession, { id }, "?format=pdf")).status).toBe(400);
  });

  it("rejects bad input with problem details", async () => {
    const one = await post(createSession, {}, { variantIds: [variantIds[0]] });
    expect(one.status).toBe(400);
    expect((await one.json()).detail).toContain("at least 2");
    const id = await newSession("empty message");
    const empty = await post(sendTurn, { id }, { content: "   " });
    expect(empty.status).toBe(400);
    const missing = await post(sendTurn, { id: "01a206e6-fdeb-7699-84c1-1ca722d058fc" }, { content: "hi" });
    expect(missing.status).toBe(404);
  });
});
