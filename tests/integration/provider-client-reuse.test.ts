// Compare keeps one SDK client per provider configuration (lib/providers/adapter-cache.ts). Kept
// clients must never outlive their configuration: a new key, endpoint or setting gets a new
// client, and its calls carry the new key to the new endpoint. Real SDKs, real wire servers.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { providerCalls, type ProviderRow } from "../../lib/providers/adapter-cache";
import { completeOnce } from "../../lib/providers/stream";
import { encryptSecret } from "../../lib/secrets/crypto";
import { startWireServer, type WireServer } from "../fixtures/wire-server";

let first: WireServer;
let second: WireServer;
beforeAll(async () => {
  [first, second] = await Promise.all([startWireServer(), startWireServer()]);
});
afterAll(async () => {
  await Promise.all([first.close(), second.close()]);
});

const prices = { inputPricePerMTok: "1", outputPricePerMTok: "1" };
let counter = 0;

function row(baseUrl: string, key: string | null, settings: unknown = {}): ProviderRow {
  return { kind: "openai_compatible", baseUrl, customEndpoint: false, apiKeyEncrypted: key === null ? null : encryptSecret(key), settings };
}

/** One call through the row's kept adapter; the request as the server that got it saw it. */
async function call(provider: ProviderRow) {
  const model = `reuse-${++counter}`;
  const result = await completeOnce(providerCalls(provider).adapter, { model, messages: [{ role: "user", content: "Hi" }], params: {} }, { prices });
  expect(result.status).toBe("done");
  const seen = [...first.requests, ...second.requests].filter((request) => request.body.model === model);
  expect(seen).toHaveLength(1);
  return { server: first.requests.includes(seen[0]!) ? "first" : "second", authorization: seen[0]!.headers.authorization };
}

describe("kept provider clients", () => {
  it("reuses the client while the provider's configuration is the same", async () => {
    const provider = row(first.openaiBaseUrl, "sk-same");
    expect(providerCalls(provider).adapter).toBe(providerCalls({ ...provider, settings: {} }).adapter);
    expect(await call(provider)).toEqual({ server: "first", authorization: "Bearer sk-same" });
  });

  it("gives a new key a new client: its calls carry the new key, never the old one", async () => {
    const before = row(first.openaiBaseUrl, "sk-old");
    const after = { ...before, apiKeyEncrypted: encryptSecret("sk-new") };
    expect(await call(before)).toEqual({ server: "first", authorization: "Bearer sk-old" });
    expect(providerCalls(after).adapter).not.toBe(providerCalls(before).adapter);
    expect(await call(after)).toEqual({ server: "first", authorization: "Bearer sk-new" });
    expect(await call({ ...before, apiKeyEncrypted: null })).toEqual({ server: "first", authorization: "Bearer no-key" });
  });

  it("gives a new endpoint a new client: its calls go to the new base URL", async () => {
    const before = row(first.openaiBaseUrl, "sk-moving");
    const after = { ...before, baseUrl: second.openaiBaseUrl };
    expect(await call(before)).toMatchObject({ server: "first" });
    expect(providerCalls(after).adapter).not.toBe(providerCalls(before).adapter);
    expect(await call(after)).toEqual({ server: "second", authorization: "Bearer sk-moving" });
    // An official provider ignores a base URL unless it is a custom endpoint (endpoint.ts).
    const official = { ...before, kind: "openai" as const };
    expect(providerCalls({ ...official, customEndpoint: true }).adapter).not.toBe(providerCalls(official).adapter);
  });

  it("gives changed settings new settings", () => {
    const before = row(first.openaiBaseUrl, "sk-settings", { timeoutMs: 5_000 });
    expect(providerCalls(before).settings.timeoutMs).toBe(5_000);
    expect(providerCalls({ ...before, settings: { timeoutMs: 9_000 } }).settings.timeoutMs).toBe(9_000);
  });

  it("keeps a bounded number of configurations, dropping the least recently used", () => {
    const kept = row(first.openaiBaseUrl, "sk-kept");
    const dropped = row(first.openaiBaseUrl, "sk-dropped");
    const keptAdapter = providerCalls(kept).adapter;
    const droppedAdapter = providerCalls(dropped).adapter;
    for (let i = 0; i < 64; i++) {
      providerCalls(kept);
      providerCalls(row(first.openaiBaseUrl, `sk-filler-${i}`));
    }
    expect(providerCalls(kept).adapter).toBe(keptAdapter);
    expect(providerCalls(dropped).adapter).not.toBe(droppedAdapter);
  });
});
