// A failing machine, with real processes: PostgreSQL is SIGKILLed in the middle of a 300-item
// replay, then `juxta start` itself is SIGKILLed in the middle of a streamed answer. Juxta comes
// back without a manual step, finishes the replay with every item exactly once, never calls the
// provider for more than the items plus the calls in flight, keeps the text a browser had been
// shown, and starts again on the same port.
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readSse } from "../../lib/api/sse-parse";
import type { CompareEvent } from "../../lib/compare/turn-runner";
import { isProcessAlive } from "../../lib/instances/process-id";
import { startWireServer, type WireServer } from "../fixtures/wire-server";
import { adminToken, apiClient, type ApiCall } from "../helpers/api-client";
import { startJuxtaServer, type JuxtaServer } from "../helpers/juxta-server";

let wire: WireServer;
let server: JuxtaServer;
let api: ApiCall;
let token = "";
const variants: Record<string, string> = {};
const CASES = 300;
const CONCURRENCY = 4;

const health = () => fetch(`${server.baseUrl}/api/v1/health`, { signal: AbortSignal.timeout(3_000) }).then((response) => response.status, () => 0);

beforeAll(async () => {
  wire = await startWireServer();
  wire.behave("wire-small", { echo: true, ttftMs: 20, chunkDelayMs: 15 });
  wire.behave("wire-large", { chunks: Array.from({ length: 40 }, (_, i) => `word${i} `), ttftMs: 50, chunkDelayMs: 200 });
  server = await startJuxtaServer("crash-recovery", { OPENAI_BASE_URL: wire.openaiBaseUrl, OPENAI_API_KEY: "" });
  token = await adminToken({ ...process.env, JUXTA_DATA_DIR: server.dataDir });
  api = apiClient(server.baseUrl, token);
  const { providers } = await api<{ providers: Array<{ id: string; kind: string }> }>("GET", "/providers");
  const provider = providers.find((candidate) => candidate.kind === "openai_compatible")!;
  const { models } = await api<{ models: Array<{ id: string; modelId: string }> }>("POST", `/providers/${provider.id}/models`, { modelIds: ["wire-small", "wire-large"] });
  for (const model of models) variants[model.modelId] = (await api<{ variant: { id: string } }>("POST", "/variants", { name: `v-${model.modelId}`, modelId: model.id })).variant.id;
  await api("POST", "/prompts", { name: "capitals", messages: [{ role: "user", content: "Capital of {{country}}?" }] });
  const { dataset } = await api<{ dataset: { id: string } }>("POST", "/datasets", { name: "countries" });
  const csv = `country\n${Array.from({ length: CASES }, (_, i) => `Country${i}`).join("\n")}\n`;
  await api("POST", `/datasets/${dataset.id}/import`, { format: "csv", content: csv });
});

afterAll(async () => {
  await server?.stop();
  await wire?.close();
});

describe("a failing machine", () => {
  it("loses PostgreSQL mid-replay: healthy again within 60 s, every item exactly once, at most items + concurrency calls", async () => {
    const { run } = await api<{ run: { id: string } }>("POST", "/runs", { kind: "replay", prompt: "capitals", dataset: "countries", variants: ["v-wire-small"], concurrency: CONCURRENCY });
    await expect.poll(async () => (await api<{ run: { progress: { done: number } } }>("GET", `/runs/${run.id}`)).run.progress.done, { timeout: 60_000, interval: 200 }).toBeGreaterThanOrEqual(80);

    const postmaster = Number(readFileSync(path.join(server.dataDir, "postgres", "postmaster.pid"), "utf8").split("\n")[0]);
    const killedAt = Date.now();
    process.kill(postmaster, "SIGKILL");
    // While it is away, requests get problem documents, never a 500.
    const during = await fetch(`${server.baseUrl}/api/v1/runs/${run.id}`, { headers: { authorization: "Bearer x" } }).then((response) => response.status);
    expect([401, 503]).toContain(during);

    await expect.poll(health, { timeout: 60_000, interval: 500 }).toBe(200);
    expect(Date.now() - killedAt).toBeLessThan(60_000);

    await expect.poll(async () => (await api<{ run: { status: string } }>("GET", `/runs/${run.id}`)).run.status, { timeout: 120_000, interval: 500 }).toBe("done");
    const { run: finished } = await api<{ run: { progress: Record<string, number> } }>("GET", `/runs/${run.id}`);
    expect(finished.progress).toMatchObject({ total: CASES, done: CASES, error: 0, pending: 0, running: 0, claimed: 0 });
    const { items } = await api<{ items: Array<{ status: string; caseId: string | null }> }>("GET", `/runs/${run.id}/items?limit=500`);
    expect(items).toHaveLength(CASES);
    const calls = wire.requests.filter((request) => request.body.model === "wire-small").length;
    expect(calls).toBeGreaterThanOrEqual(CASES);
    expect(calls).toBeLessThanOrEqual(CASES + CONCURRENCY);
    expect(server.log()).toContain("PostgreSQL is back");
  });

  it("is killed mid-stream: the web server goes with it, the shown text is kept, and it starts again on the same port", async () => {
    const { session: { id: sessionId } } = await api<{ session: { id: string } }>("POST", "/sessions", { variantIds: [variants["wire-small"], variants["wire-large"]] });
    const response = await fetch(`${server.baseUrl}/api/v1/sessions/${sessionId}/turns`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify({ content: "Tell me a long story." }),
    });
    let slowId = "";
    const shown: Array<{ at: number; text: string }> = [];
    const controller = new AbortController();
    for await (const message of readSse(response.body!, controller.signal)) {
      const event = JSON.parse(message.data) as CompareEvent;
      if (event.type === "completion.start" && event.variantId === variants["wire-large"]) slowId = event.completionId;
      if (event.type === "completion.delta" && event.completionId === slowId) {
        shown.push({ at: Date.now(), text: event.text });
        if (shown.length >= 12) break;
      }
    }
    controller.abort();
    const webPid = Number(readFileSync(path.join(server.dataDir, "juxta-web.pid"), "utf8"));
    expect(isProcessAlive(webPid)).toBe(true);
    const killedAt = Date.now();
    await server.kill();
    // The web server never outlives its parent.
    await expect.poll(() => isProcessAlive(webPid), { timeout: 10_000 }).toBe(false);

    server = await startJuxtaServer("crash-recovery", { OPENAI_BASE_URL: wire.openaiBaseUrl, OPENAI_API_KEY: "" }, { reuse: { dataDir: server.dataDir, port: server.port } });
    const { session } = await api<{ session: { turns: Array<{ completions: Array<{ id: string; status: string; text: string; errorMessage: string | null }> }> } }>("GET", `/sessions/${sessionId}`);
    const stored = session.turns[0]!.completions.find((completion) => completion.id === slowId)!;
    expect(stored.status).toBe("error");
    expect(stored.errorMessage).toContain("Interrupted");
    const everything = shown.map((delta) => delta.text).join("");
    // At most about a second of text is lost: everything shown 1.5 s before the kill is there.
    const shownEarlier = shown.filter((delta) => delta.at < killedAt - 1_500).map((delta) => delta.text).join("");
    expect(shownEarlier.length).toBeGreaterThan(0);
    expect(stored.text.startsWith(shownEarlier)).toBe(true);
    expect(everything.startsWith(stored.text) || stored.text.startsWith(everything)).toBe(true);
  });
});

