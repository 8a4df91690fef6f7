// "Copy the request as curl": the command, run by a real shell and the real curl, makes the same
// call Juxta made (same body, same endpoint) with the key read from the environment — and the key
// itself is nowhere in what the server sends. Blind answers and simulated models have no curl.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getCurl } from "../../app/api/v1/sessions/[id]/completions/[completionId]/curl/route";
import { POST as reveal } from "../../app/api/v1/sessions/[id]/reveal/route";
import { POST as sendTurn } from "../../app/api/v1/sessions/[id]/turns/route";
import { POST as createSession } from "../../app/api/v1/sessions/route";
import { db } from "../../lib/db/client";
import { importModels } from "../../lib/providers/models";
import { createProvider } from "../../lib/providers/service";
import { createVariant } from "../../lib/variants/service";
import { startWireServer, type WireServer } from "../fixtures/wire-server";
import { editorRouteCall, wireProviders, type RouteHandler } from "../helpers/route-call";

const OPENAI_SECRET = "sk-wire-openai-secret-0123456789";
const ANTHROPIC_SECRET = "sk-ant-wire-secret-0123456789";
let wire: WireServer;
let call: Awaited<ReturnType<typeof editorRouteCall>>["call"];
const variants: Record<string, string> = {};
type Handler = RouteHandler;

beforeAll(async () => {
  wire = await startWireServer();
  ({ call } = await editorRouteCall());
  const { compatible, anthropic } = await wireProviders(wire, { openai: OPENAI_SECRET, anthropic: ANTHROPIC_SECRET });
  const simulated = await createProvider({ name: "Sim", kind: "simulated" });
  const [small] = await importModels(compatible.id, ["wire-small"]);
  const [large] = await importModels(anthropic.id, ["wire-large"]);
  const [sim] = await importModels(simulated.id, ["sim-fast"]);
  variants.openai = (await createVariant({ name: "v-openai", modelId: small!.id, systemPrompt: "Answer in one line.", temperature: 0.3, maxTokens: 50, seed: 4 })).id;
  variants.anthropic = (await createVariant({ name: "v-anthropic", modelId: large!.id, systemPrompt: "Be brief.", stop: ["END"] })).id;
  variants.simulated = (await createVariant({ name: "v-simulated", modelId: sim!.id })).id;
});
afterAll(() => wire.close());

/** A session of these variants with one answered turn; its completions by variant name. */
async function answeredSession(variantNames: string[], blind = false) {
  const { session } = await (await call(createSession as Handler, {}, { variantIds: variantNames.map((name) => variants[name]), blind })).json();
  const id = session.id as string;
  await (await call(sendTurn as Handler, { id }, { content: "Is 'curl' safe? It's $5 and `cheap`." })).text();
  const completions = await db().completion.findMany({ where: { turn: { sessionId: id } }, include: { variant: true } });
  return { id, completion: (name: string) => completions.find((completion) => completion.variant.name === `v-${name}`)!.id };
}

async function curlOf(sessionId: string, completionId: string) {
  const response = await call(getCurl as Handler, { id: sessionId, completionId });
  return { status: response.status, text: await response.text() };
}

const sh = promisify(execFile);

describe("an answer's request as curl", () => {
  it("makes the same call as Juxta, with the key from the environment and never in the command", async () => {
    const session = await answeredSession(["openai", "anthropic"]);
    for (const [name, secret, variable] of [
      ["openai", OPENAI_SECRET, "OPENAI_API_KEY"],
      ["anthropic", ANTHROPIC_SECRET, "ANTHROPIC_API_KEY"],
    ] as const) {
      const { status, text } = await curlOf(session.id, session.completion(name));
      expect(status).toBe(200);
      expect(text).not.toContain(secret);
      const { curl } = JSON.parse(text) as { curl: string };
      expect(curl).toContain(`$${variable}`);

      const api = name === "openai" ? "openai" : "anthropic";
      const juxtasCall = wire.requests.filter((request) => request.api === api).at(-1)!;
      const before = wire.requests.length;
      await sh("sh", ["-c", curl], { env: { ...process.env, [variable]: secret } });
      const curlsCall = wire.requests[before]!;
      expect(curlsCall.path).toBe(juxtasCall.path);
      expect(curlsCall.body).toEqual(juxtasCall.body);
      if (api === "openai") expect(curlsCall.headers.authorization).toBe(`Bearer ${secret}`);
      else expect(curlsCall.headers["x-api-key"]).toBe(secret);
    }
  });

  it("waits for the reveal in a blind session: the command names the model", async () => {
    const session = await answeredSession(["openai", "anthropic"], true);
    const blind = await curlOf(session.id, session.completion("openai"));
    expect(blind.status).toBe(409);
    expect(blind.text).not.toContain("wire-small");
    await call(reveal as Handler, { id: session.id }, {});
    expect((await curlOf(session.id, session.completion("openai"))).text).toContain("wire-small");
  });

  it("has none for a simulated model, and only finds answers of the session named", async () => {
    const session = await answeredSession(["openai", "simulated"]);
    const simulated = await curlOf(session.id, session.completion("simulated"));
    expect(simulated.status).toBe(409);
    expect(simulated.text).toContain("simulated model has no API");
    const other = await answeredSession(["openai", "anthropic"]);
    expect((await curlOf(other.id, session.completion("openai"))).status).toBe(404);
    expect((await curlOf(session.id, "not-a-uuid")).status).toBe(400);
  });
});
