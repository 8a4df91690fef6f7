// Providers, models and variants through their route handlers with a real database: roles,
// validation, conflicts, key handling, and model import from a real OpenAI-compatible server.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PATCH as patchModel } from "../../app/api/v1/models/[id]/route";
import { GET as getModels } from "../../app/api/v1/models/route";
import { POST as importModels } from "../../app/api/v1/providers/[id]/models/route";
import { GET as remoteModels } from "../../app/api/v1/providers/[id]/remote-models/route";
import { DELETE as deleteProvider, PATCH as patchProvider } from "../../app/api/v1/providers/[id]/route";
import { POST as testProvider } from "../../app/api/v1/providers/[id]/test/route";
import { GET as listProviders, POST as createProvider } from "../../app/api/v1/providers/route";
import { POST as duplicateVariant } from "../../app/api/v1/variants/[id]/duplicate/route";
import { DELETE as deleteVariant } from "../../app/api/v1/variants/[id]/route";
import { GET as listVariants, POST as createVariant } from "../../app/api/v1/variants/route";
import { db } from "../../lib/db/client";
import { roleCaller } from "../helpers/role-caller";
import { startWireServer, type WireServer } from "../fixtures/wire-server";
import { freePort } from "../../lib/net/free-port";

let wire: WireServer;
let call: Awaited<ReturnType<typeof roleCaller>>;

beforeAll(async () => {
  wire = await startWireServer();
  call = await roleCaller(["editor", "reviewer"]);
});
afterAll(() => wire.close());


describe("providers API", () => {
  it("lets reviewers read but not write", async () => {
    expect((await call(listProviders, "reviewer")).status).toBe(200);
    const denied = await call(createProvider, "reviewer", { body: { name: "Nope", kind: "openai", apiKey: "sk-x" } });
    expect(denied.status).toBe(403);
  });

  it("creates an OpenAI provider with the catalog's models and only a masked key", async () => {
    const created = await call(createProvider, "editor", { body: { name: "OpenAI", kind: "openai", apiKey: "sk-proj-secret-abcd1234" } });
    expect(created.status).toBe(201);
    expect(created.body.provider).toMatchObject({ name: "OpenAI", kind: "openai", apiKeyDisplay: "sk-…1234", hasApiKey: true, simulated: false });
    expect(JSON.stringify(created.body)).not.toContain("secret");
    expect(created.body.provider.modelCount).toBeGreaterThanOrEqual(5);

    const models = await call(getModels, "reviewer");
    const mini = models.body.models.find((model: { modelId: string }) => model.modelId === "gpt-4o-mini");
    expect(mini).toMatchObject({ inputPricePerMTok: "0.15", outputPricePerMTok: "0.6", providerName: "OpenAI" });
  });

  it("explains what is wrong with bad input", async () => {
    const noUrl = await call(createProvider, "editor", { body: { name: "Ollama", kind: "openai_compatible" } });
    expect(noUrl.status).toBe(400);
    expect(noUrl.body.errors).toEqual([{ path: "baseUrl", message: "An OpenAI-compatible provider needs a base URL." }]);
    const badKind = await call(createProvider, "editor", { body: { name: "X", kind: "gemini" } });
    expect(badKind.body.errors[0].path).toBe("kind");
    const duplicate = await call(createProvider, "editor", { body: { name: "OpenAI", kind: "openai" } });
    expect(duplicate).toMatchObject({ status: 409, body: { detail: 'A provider named "OpenAI" already exists.' } });
  });

  it("rotates and removes keys, and archives without breaking names", async () => {
    const { body } = await call(createProvider, "editor", { body: { name: "Temp", kind: "anthropic", apiKey: "sk-ant-first-0000" } });
    const id = body.provider.id as string;
    const rotated = await call(patchProvider, "editor", { method: "PATCH", id, body: { apiKey: "sk-ant-second-9999" } });
    expect(rotated.body.provider.apiKeyDisplay).toBe("sk-…9999");
    const removed = await call(patchProvider, "editor", { method: "PATCH", id, body: { apiKey: null } });
    expect(removed.body.provider).toMatchObject({ hasApiKey: false, apiKeyDisplay: null });
    expect((await db().provider.findUniqueOrThrow({ where: { id } })).apiKeyEncrypted).toBeNull();

    expect((await call(deleteProvider, "editor", { method: "DELETE", id })).status).toBe(204);
    const names = (await call(listProviders, "reviewer")).body.providers.map((provider: { name: string }) => provider.name);
    expect(names).not.toContain("Temp");
    expect((await call(createProvider, "editor", { body: { name: "Temp", kind: "anthropic" } })).status).toBe(201);
  });

  it("tests the connection, lists remote models and imports them", async () => {
    const { body } = await call(createProvider, "editor", { body: { name: "Wire", kind: "openai_compatible", baseUrl: wire.openaiBaseUrl, apiKey: "sk-wire-key" } });
    const id = body.provider.id as string;
    expect((await call(testProvider, "editor", { method: "POST", id })).body.test).toMatchObject({ ok: true, modelCount: 3 });
    const remote = await call(remoteModels, "editor", { id });
    expect(remote.body.models.map((model: { id: string }) => model.id)).toEqual(["wire-chat", "wire-large", "wire-small"]);
    const imported = await call(importModels, "editor", { id, body: { modelIds: ["wire-small", "wire-large"] } });
    expect(imported.body.models.map((model: { modelId: string }) => model.modelId)).toEqual(["wire-large", "wire-small"]);

    const closedPort = await freePort(); // free now, so nothing listens there
    const { body: broken } = await call(createProvider, "editor", { body: { name: "Down", kind: "openai_compatible", baseUrl: `http://127.0.0.1:${closedPort}/v1` } });
    const failed = await call(testProvider, "editor", { method: "POST", id: broken.provider.id });
    expect(failed.body.test).toMatchObject({ ok: false, error: { kind: "network" } });
    const unlisted = await call(remoteModels, "editor", { id: broken.provider.id });
    expect(unlisted.status).toBe(502);
    expect(unlisted.body.detail).toContain("did not list its models (network)");
    expect(unlisted.body.detail).not.toContain("ECONNREFUSED"); // addresses stay in the server log
  });

  it("edits model prices and rejects nonsense", async () => {
    const model = await db().model.findFirstOrThrow({ where: { modelId: "wire-small" } });
    const ok = await call(patchModel, "editor", { method: "PATCH", id: model.id, body: { inputPricePerMTok: "1.25", outputPricePerMTok: 5 } });
    expect(ok.body.model).toMatchObject({ inputPricePerMTok: "1.25", outputPricePerMTok: "5" });
    const bad = await call(patchModel, "editor", { method: "PATCH", id: model.id, body: { inputPricePerMTok: "cheap" } });
    expect(bad.status).toBe(400);
  });
});

describe("variants API", () => {
  it("creates, duplicates with free names, validates, and archives", async () => {
    const model = await db().model.findFirstOrThrow({ where: { modelId: "wire-small" } });
    const body = { name: "terse", modelId: model.id, systemPrompt: "Be terse.", temperature: 0.3, maxTokens: 100, stop: ["\n\n"], seed: 1 };
    const created = await call(createVariant, "editor", { body });
    expect(created.status).toBe(201);
    expect(created.body.variant).toMatchObject({ name: "terse", temperature: 0.3, stop: ["\n\n"], provider: { name: "Wire" }, simulated: false });
    const id = created.body.variant.id as string;

    const copy1 = await call(duplicateVariant, "editor", { method: "POST", id });
    const copy2 = await call(duplicateVariant, "editor", { method: "POST", id });
    expect([copy1.body.variant.name, copy2.body.variant.name]).toEqual(["terse (copy)", "terse (copy 2)"]);
    expect(copy1.body.variant).toMatchObject({ systemPrompt: "Be terse.", temperature: 0.3, seed: 1 });

    expect((await call(createVariant, "editor", { body })).status).toBe(409);
    const hot = await call(createVariant, "editor", { body: { ...body, name: "hot", temperature: 3 } });
    expect(hot.status).toBe(400);
    expect(hot.body.errors[0].path).toBe("temperature");
    expect(hot.body.errors[0].message).toBe("Temperature is a number from 0 to 2, or empty for the provider's default.");
    // What the form sends for "hot" in the field: refused with the same rule, never saved as "default".
    const word = await call(createVariant, "editor", { body: { ...body, name: "hot-word", temperature: "hot" } });
    expect(word.status).toBe(400);
    expect(word.body.errors).toEqual([expect.objectContaining({ path: "temperature", message: "Temperature is a number from 0 to 2, or empty for the provider's default." })]);
    const ghost = await call(createVariant, "editor", { body: { ...body, name: "ghost", modelId: "01a206e6-fdeb-7699-84c1-1ca722d058fc" } });
    expect(ghost.status).toBe(404);
    expect((await call(createVariant, "reviewer", { body: { ...body, name: "mine" } })).status).toBe(403);

    expect((await call(deleteVariant, "editor", { method: "DELETE", id: copy2.body.variant.id })).status).toBe(204);
    const names = (await call(listVariants, "reviewer")).body.variants.map((variant: { name: string }) => variant.name);
    expect(names).toEqual(["terse", "terse (copy)"]);
  });
});
