// A compare session opened from the prompt library: it keeps the prompt version and its rendered
// system message, and every request a column makes — first turn, later turns, a retry, the curl
// copy — sends that message after the column's own system prompt, exactly as a run does. Real
// route handlers, a real database, the official SDKs against the wire server.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getCurl } from "../../app/api/v1/sessions/[id]/completions/[completionId]/curl/route";
import { POST as duplicate } from "../../app/api/v1/sessions/[id]/duplicate/route";
import { GET as exportSession } from "../../app/api/v1/sessions/[id]/export/route";
import { GET as getSession } from "../../app/api/v1/sessions/[id]/route";
import { POST as retry } from "../../app/api/v1/sessions/[id]/turns/[turnId]/retry/route";
import { POST as sendTurn } from "../../app/api/v1/sessions/[id]/turns/route";
import { POST as createSession } from "../../app/api/v1/sessions/route";
import { db } from "../../lib/db/client";
import { createPrompt } from "../../lib/prompts/service";
import { importModels } from "../../lib/providers/models";
import { createVariant } from "../../lib/variants/service";
import { startWireServer, type SeenRequest, type WireServer } from "../fixtures/wire-server";
import { editorRouteCall, wireProviders, type RouteHandler } from "../helpers/route-call";

const SECRET = "sk-wire-secret-0123456789";
const PROMPT_SYSTEM = "You triage support tickets for Juxta.";
let wire: WireServer;
let call: Awaited<ReturnType<typeof editorRouteCall>>["call"];
let promptId: string;
const variants: Record<"openai" | "anthropic", string> = { openai: "", anthropic: "" };
type Handler = RouteHandler;

beforeAll(async () => {
  wire = await startWireServer();
  const editor = await editorRouteCall();
  call = editor.call;
  const { compatible, anthropic } = await wireProviders(wire, { openai: SECRET, anthropic: SECRET });
  const [small] = await importModels(compatible.id, ["wire-small"]);
  const [large] = await importModels(anthropic.id, ["wire-large"]);
  variants.openai = (await createVariant({ name: "v-openai", modelId: small!.id, systemPrompt: "Answer in one line." })).id;
  variants.anthropic = (await createVariant({ name: "v-anthropic", modelId: large!.id, systemPrompt: "Be brief." })).id;
  const prompt = await createPrompt(
    { name: "ticket-triage", messages: [{ role: "system", content: "You triage support tickets for {{product}}." }, { role: "user", content: "Classify: {{ticket}}" }] },
    editor.userId,
  );
  promptId = prompt.id;
});
afterAll(() => wire.close());

/** The last request each API received. */
const lastCall = (api: SeenRequest["api"]) => wire.requests.filter((request) => request.api === api).at(-1)!;
const messagesOf = (request: SeenRequest) => request.body.messages as Array<{ role: string; content: string }>;

/** Sends a turn and waits for its stream to end. */
async function turn(id: string, content: string) {
  await (await call(sendTurn as Handler, { id }, { content })).text();
}

async function sessionFromPrompt() {
  const response = await call(createSession as Handler, {}, { variantIds: [variants.openai, variants.anthropic], prompt: { promptId, version: 1, values: { product: "Juxta", ticket: "Slow" } } });
  expect(response.status).toBe(201);
  return (await response.json()).session as { id: string; prompt: unknown; columns: Array<{ id: string }> };
}

describe("a compare session opened from a prompt", () => {
  it("sends the prompt's system message after each column's own, on the first turn, later turns and a retry", async () => {
    const variantsBefore = await db().variant.count();
    const session = await sessionFromPrompt();
    expect(session.prompt).toEqual({ promptId, name: "ticket-triage", version: 1, systemMessage: PROMPT_SYSTEM });
    expect(await db().variant.count()).toBe(variantsBefore); // the chosen variants, as they are

    await turn(session.id, "Classify: Slow");
    // OpenAI-compatible: two system messages, the variant's first; Anthropic: one system text.
    expect(messagesOf(lastCall("openai"))).toEqual([
      { role: "system", content: "Answer in one line." },
      { role: "system", content: PROMPT_SYSTEM },
      { role: "user", content: "Classify: Slow" },
    ]);
    expect(lastCall("anthropic").body.system).toBe(`Be brief.\n\n${PROMPT_SYSTEM}`);

    await turn(session.id, "And this one?");
    expect(messagesOf(lastCall("openai")).map((message) => [message.role, message.content])).toEqual([
      ["system", "Answer in one line."],
      ["system", PROMPT_SYSTEM],
      ["user", "Classify: Slow"],
      ["assistant", "Hello from the wire server."],
      ["user", "And this one?"],
    ]);
    expect(lastCall("anthropic").body.system).toBe(`Be brief.\n\n${PROMPT_SYSTEM}`);

    const first = await db().turn.findFirstOrThrow({ where: { sessionId: session.id, index: 0 } });
    const anthropicColumn = session.columns[1]!.id;
    await (await call(retry as Handler, { id: session.id, turnId: first.id }, { columnId: anthropicColumn })).text();
    expect(lastCall("anthropic").body.system).toBe(`Be brief.\n\n${PROMPT_SYSTEM}`);
    expect(lastCall("anthropic").body.messages).toEqual([{ role: "user", content: "Classify: Slow" }]);
  });

  it("copies a request as curl that makes the same call, with the prompt's system message", async () => {
    const session = await sessionFromPrompt();
    await turn(session.id, "Classify: Slow");
    const juxtasCall = lastCall("openai");
    const completion = await db().completion.findFirstOrThrow({ where: { turn: { sessionId: session.id }, variantId: variants.openai } });
    const { curl } = (await (await call(getCurl as Handler, { id: session.id, completionId: completion.id })).json()) as { curl: string };
    expect(curl).toContain(PROMPT_SYSTEM);
    const before = wire.requests.length;
    await promisify(execFile)("sh", ["-c", curl], { env: { ...process.env, OPENAI_API_KEY: SECRET } });
    expect(wire.requests[before]!.body).toEqual(juxtasCall.body);
  });

  it("exports the prompt's name, version and system message", async () => {
    const session = await sessionFromPrompt();
    await turn(session.id, "Classify: Slow");
    const json = await (await call(exportSession as Handler, { id: session.id }, undefined, "?format=json")).json();
    expect(json.session.prompt).toMatchObject({ name: "ticket-triage", version: 1, systemMessage: PROMPT_SYSTEM });
    const [header, row] = (await (await call(exportSession as Handler, { id: session.id }, undefined, "?format=csv")).text()).split("\r\n");
    expect(header).toContain("session_prompt,prompt_system_message");
    expect(row).toContain(`ticket-triage@v1,${PROMPT_SYSTEM}`);
    const md = await (await call(exportSession as Handler, { id: session.id }, undefined, "?format=md")).text();
    expect(md).toContain("Prompt: ticket-triage@v1");
    expect(md).toContain(`> ${PROMPT_SYSTEM}`);
  });

  it("keeps the prompt in a copy of the session, and refuses a prompt that is not there or lacks a value", async () => {
    const session = await sessionFromPrompt();
    const copy = (await (await call(duplicate as Handler, { id: session.id }, {})).json()).session;
    expect(copy.prompt).toEqual(session.prompt);

    const missing = await call(createSession as Handler, {}, { variantIds: [variants.openai, variants.anthropic], prompt: { promptId, version: 1, values: { product: "Juxta" } } });
    expect(missing.status).toBe(400);
    expect(await missing.text()).toContain("{{ticket}}");
    const unknown = await call(createSession as Handler, {}, { variantIds: [variants.openai, variants.anthropic], prompt: { promptId, version: 9, values: {} } });
    expect(unknown.status).toBe(404);
    const malformed = await call(createSession as Handler, {}, { variantIds: [variants.openai, variants.anthropic], prompt: { promptId: "nope", version: 1 } });
    expect(malformed.status).toBe(400);
    expect(await malformed.text()).toContain("prompt.promptId");
  });

  it("keeps working, and keeps sending the message, after the prompt is deleted", async () => {
    const session = await sessionFromPrompt();
    await turn(session.id, "Classify: Slow");
    // The prompt library archives prompts; removing the demo deletes its prompts for good.
    await db().prompt.delete({ where: { id: promptId } });
    const { session: after } = await (await call(getSession as Handler, { id: session.id })).json();
    expect(after.prompt).toEqual({ promptId: null, name: null, version: null, systemMessage: PROMPT_SYSTEM });
    await turn(session.id, "Still there?");
    expect(messagesOf(lastCall("openai")).slice(0, 2)).toEqual([
      { role: "system", content: "Answer in one line." },
      { role: "system", content: PROMPT_SYSTEM },
    ]);
    expect(await db().completion.count({ where: { turn: { sessionId: session.id, index: 1 }, status: "done" } })).toBe(2);
    expect((await call(exportSession as Handler, { id: session.id }, undefined, "?format=md")).status).toBe(200);
  });
});
