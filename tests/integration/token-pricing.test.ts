// Cached, cache-written and reasoning tokens, read from each provider's usage by the official SDKs
// against the wire server (streaming and not), priced at their own catalog prices, and stored on
// the Completion row by both write paths (a compare turn and a run item). Every cost here is
// worked out by hand in the comment beside it.
import Anthropic from "@anthropic-ai/sdk";
import OpenAI from "openai";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getSession } from "../../app/api/v1/sessions/[id]/route";
import { POST as sendTurn } from "../../app/api/v1/sessions/[id]/turns/route";
import { POST as createSession } from "../../app/api/v1/sessions/route";
import { createApiToken } from "../../lib/auth/api-tokens";
import { createUser } from "../../lib/auth/users";
import { db } from "../../lib/db/client";
import { costUsd } from "../../lib/metrics/completion-metrics";
import { usageOfAnthropic } from "../../lib/providers/adapters/anthropic";
import { usageOfOpenAi } from "../../lib/providers/adapters/openai";
import { importModels } from "../../lib/providers/models";
import { createProvider } from "../../lib/providers/service";
import { adapterFor } from "../../lib/providers/registry";
import { completeOnce } from "../../lib/providers/stream";
import { createRun } from "../../lib/runs/create-run";
import { executeRun } from "../../lib/runs/execute-run";
import { exportRunCsv } from "../../lib/runs/export";
import { COMPLETION_EXPORT_HEADERS } from "../../lib/completions/export-columns";
import { getRunItem } from "../../lib/runs/views";
import { PATCH as updateModel } from "../../app/api/v1/models/[id]/route";
import { createVariant } from "../../lib/variants/service";
import { startWireServer, type WireServer } from "../fixtures/wire-server";
import { createRunWorld } from "../helpers/run-fixtures";
import { closeJobSender } from "../../lib/jobs/sender";

let wire: WireServer;
beforeAll(async () => {
  wire = await startWireServer();
  // Six chunks → 6 output tokens. OpenAI: prompt_tokens 1000 of which 400 cached; 4 of the 6
  // output tokens reasoning. Anthropic: input_tokens 600 (cache excluded), 400 read, 100 written.
  wire.behave("openai-cached", { inputTokens: 1000, cachedInputTokens: 400, reasoningTokens: 4 });
  wire.behave("anthropic-cached", { inputTokens: 600, cachedInputTokens: 400, cacheWriteInputTokens: 100, reasoningTokens: 4 });
});
afterAll(async () => {
  await closeJobSender();
  await wire.close();
});

const prices = { inputPricePerMTok: "2.50", outputPricePerMTok: "10.00", cachedInputPricePerMTok: "1.25", cacheWritePricePerMTok: "3.125", reasoningPricePerMTok: "40" };
const request = (model: string) => ({ model, messages: [{ role: "user" as const, content: "Hi" }], params: {} });

// OpenAI: (1000 − 400) × 2.50 + 400 × 1.25 + (6 − 4) × 10 + 4 × 40 = 1500 + 500 + 20 + 160 = 2180 → $0.00218.
const OPENAI_COST = "0.00218";
// Anthropic, input stored as 600 + 400 + 100 = 1100: 600 × 2.50 + 400 × 1.25 + 100 × 3.125 + 2 × 10 + 4 × 40
// = 1500 + 500 + 312.5 + 20 + 160 = 2492.5 → $0.0024925.
const ANTHROPIC_COST = "0.0024925";

describe("usage details through the official SDKs", () => {
  it("OpenAI streaming: cached and reasoning tokens are read and priced at their own prices", async () => {
    const adapter = adapterFor({ kind: "openai", baseUrl: wire.openaiBaseUrl, apiKey: "sk-wire", settings: {} });
    const result = await completeOnce(adapter, request("openai-cached"), { prices });
    expect(result).toMatchObject({ status: "done", inputTokens: 1000, outputTokens: 6, cachedInputTokens: 400, cacheWriteInputTokens: null, reasoningTokens: 4, costUsd: OPENAI_COST });
  });

  it("Anthropic streaming: input is stored as the total and cache reads and writes priced apart", async () => {
    const adapter = adapterFor({ kind: "anthropic", baseUrl: wire.anthropicBaseUrl, apiKey: "sk-wire", settings: {} });
    const result = await completeOnce(adapter, request("anthropic-cached"), { prices });
    expect(result).toMatchObject({ status: "done", inputTokens: 1100, outputTokens: 6, cachedInputTokens: 400, cacheWriteInputTokens: 100, reasoningTokens: 4, costUsd: ANTHROPIC_COST });
  });

  it("non-streaming answers of both SDKs carry the same usage, read and priced the same way", async () => {
    const openai = new OpenAI({ apiKey: "sk-wire", baseURL: wire.openaiBaseUrl, maxRetries: 0 });
    const completion = await openai.chat.completions.create({ model: "openai-cached", messages: [{ role: "user", content: "Hi" }] });
    const fromOpenAi = usageOfOpenAi(completion.usage!);
    expect(fromOpenAi).toEqual({ inputTokens: 1000, outputTokens: 6, cachedInputTokens: 400, cacheWriteInputTokens: null, reasoningTokens: 4 });
    expect(costUsd(prices, [fromOpenAi]).toString()).toBe(OPENAI_COST);

    const anthropic = new Anthropic({ apiKey: "sk-wire", baseURL: wire.anthropicBaseUrl, maxRetries: 0 });
    const message = await anthropic.messages.create({ model: "anthropic-cached", max_tokens: 50, messages: [{ role: "user", content: "Hi" }] });
    const fromAnthropic = usageOfAnthropic(message.usage);
    expect(fromAnthropic).toEqual({ inputTokens: 1100, outputTokens: 6, cachedInputTokens: 400, cacheWriteInputTokens: 100, reasoningTokens: 4 });
    expect(costUsd(prices, [fromAnthropic]).toString()).toBe(ANTHROPIC_COST);
  });

  it("a provider that reports no details leaves them null and prices everything as plain tokens", async () => {
    const adapter = adapterFor({ kind: "openai_compatible", baseUrl: wire.openaiBaseUrl, apiKey: null, settings: {} });
    const result = await completeOnce(adapter, request("plain"), { prices });
    // 11 × 2.50 + 6 × 10 = 87.5 → $0.0000875, the special prices unused.
    expect(result).toMatchObject({ inputTokens: 11, outputTokens: 6, cachedInputTokens: null, cacheWriteInputTokens: null, reasoningTokens: null, costUsd: "0.0000875" });
  });
});

describe("both write paths store the details", () => {
  it("a run item's completion row", async () => {
    const world = await createRunWorld(wire, ["openai-cached"], 2, "-pricing");
    await db().model.updateMany({ where: { providerId: world.providerId }, data: prices });
    const { id } = await createRun({ kind: "replay", prompt: world.promptName, dataset: world.datasetName, variants: [`v-openai-cached-pricing`], concurrency: 2 }, world.userId);
    expect(await executeRun(id, { pollMs: 50 })).toBe("finished");
    const rows = await db().completion.findMany({ where: { runItem: { runId: id } } });
    expect(rows).toHaveLength(2);
    for (const row of rows) {
      expect(row).toMatchObject({ inputTokens: 1000, outputTokens: 6, cachedInputTokens: 400, cacheWriteInputTokens: null, reasoningTokens: 4 });
      expect(row.costUsd!.toString()).toBe(OPENAI_COST);
    }
    // The export and the item dialog's data carry them too.
    const [header, first] = (await exportRunCsv(id)).body.split("\r\n").map((line) => line.split(","));
    const column = (name: string) => first![header!.indexOf(name)];
    expect([column("input_tokens"), column("cached_input_tokens"), column("cache_write_input_tokens"), column("reasoning_tokens"), column("cost_usd")]).toEqual(["1000", "400", "", "4", OPENAI_COST]);
    const item = await db().runItem.findFirstOrThrow({ where: { runId: id } });
    expect((await getRunItem(id, item.id)).completion).toMatchObject({ cachedInputTokens: 400, cacheWriteInputTokens: null, reasoningTokens: 4 });
    // One view of a completion: a run item's cost is the same decimal string a session shows,
    // and its export has the columns a session export has.
    expect((await getRunItem(id, item.id)).completion?.costUsd).toBe(OPENAI_COST);
    expect(header!.slice(-COMPLETION_EXPORT_HEADERS.length)).toEqual(COMPLETION_EXPORT_HEADERS);
  });

  it("a compare turn's completion row, and the metrics the session shows", async () => {
    const user = await createUser({ name: "Po", email: "po-pricing@example.com", password: "long-enough", role: "editor" });
    const provider = await createProvider({ name: "Wire Anthropic", kind: "anthropic", baseUrl: wire.anthropicBaseUrl, customEndpoint: true, apiKey: "sk-wire" });
    const [model] = await importModels(provider.id, ["anthropic-cached"]);
    await db().model.update({ where: { id: model!.id }, data: prices });
    const variants = [await createVariant({ name: "v-anthropic-cached", modelId: model!.id }), await createVariant({ name: "v-anthropic-cached-2", modelId: model!.id })];
    const authorization = `Bearer ${(await createApiToken(user.id, "t")).token}`;
    const post = (handler: typeof sendTurn, params: Record<string, string>, body: unknown) =>
      handler(new Request("http://localhost/api/v1/x", { method: "POST", headers: { authorization, "content-type": "application/json" }, body: JSON.stringify(body) }), { params: Promise.resolve(params) });
    const created = await post(createSession as typeof sendTurn, {}, { title: "cache", variantIds: variants.map((variant) => variant.id) });
    const { id } = (await created.clone().json()).session;
    expect(created.status, JSON.stringify(await created.json())).toBe(201);
    await (await post(sendTurn, { id }, { content: "Hi" })).text(); // the whole SSE stream: the turn is saved
    const shown = await (await getSession(new Request("http://localhost/api/v1/x", { headers: { authorization } }), { params: Promise.resolve({ id }) })).json();
    const completions = shown.session.turns[0].completions as Array<{ id: string; metrics: unknown }>;
    expect(completions).toHaveLength(2);
    for (const completion of completions) {
      expect(completion.metrics).toMatchObject({ inputTokens: 1100, outputTokens: 6, cachedInputTokens: 400, cacheWriteInputTokens: 100, reasoningTokens: 4, costUsd: ANTHROPIC_COST });
      expect(await db().completion.findUniqueOrThrow({ where: { id: completion.id } })).toMatchObject({ cachedInputTokens: 400, cacheWriteInputTokens: 100, reasoningTokens: 4 });
    }
  });
});

describe("the catalog's prices for the parts", () => {
  it("are set and cleared through the models API, and a bad price names its field", async () => {
    const user = await createUser({ name: "Pat", email: "pat-pricing@example.com", password: "long-enough", role: "editor" });
    const authorization = `Bearer ${(await createApiToken(user.id, "t")).token}`;
    const provider = await createProvider({ name: "Wire prices", kind: "openai_compatible", baseUrl: wire.openaiBaseUrl });
    const [model] = await importModels(provider.id, ["priced"]);
    const patch = async (body: unknown) => {
      const response = await updateModel(new Request("http://localhost/api/v1/x", { method: "PATCH", headers: { authorization, "content-type": "application/json" }, body: JSON.stringify(body) }), { params: Promise.resolve({ id: model!.id }) });
      return { status: response.status, body: await response.json() };
    };
    expect(model).toMatchObject({ cachedInputPricePerMTok: null, cacheWritePricePerMTok: null, reasoningPricePerMTok: null });
    const set = await patch({ cachedInputPricePerMTok: "1.25", cacheWritePricePerMTok: 3.125, reasoningPricePerMTok: "40" });
    expect(set.status).toBe(200);
    expect(set.body.model).toMatchObject({ cachedInputPricePerMTok: "1.25", cacheWritePricePerMTok: "3.125", reasoningPricePerMTok: "40" });
    expect((await patch({ reasoningPricePerMTok: null })).body.model).toMatchObject({ cachedInputPricePerMTok: "1.25", reasoningPricePerMTok: null });
    const bad = await patch({ cachedInputPricePerMTok: "cheap" });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].path).toBe("cachedInputPricePerMTok");
  });
});
