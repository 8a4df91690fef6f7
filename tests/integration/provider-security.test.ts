// What an editor could do with a provider before these rules: move an admin's keyed provider to
// a host of their own and collect the key, point it at internal services and read their answers
// in error messages, or reach the cloud metadata service. Route handlers, real SDKs, real servers.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { GET as remoteModels } from "../../app/api/v1/providers/[id]/remote-models/route";
import { GET as getProvider, PATCH as patchProvider } from "../../app/api/v1/providers/[id]/route";
import { POST as testProvider } from "../../app/api/v1/providers/[id]/test/route";
import { GET as listProviders, POST as createProvider } from "../../app/api/v1/providers/route";
import { resetEnvCache } from "../../lib/config/env";
import { db } from "../../lib/db/client";
import { freePort } from "../../lib/net/free-port";
import { adapterFor } from "../../lib/providers/registry";
import { seedProviders } from "../../lib/providers/seed";
import { connectionFor } from "../../lib/providers/service";
import { completeOnce } from "../../lib/providers/stream";
import { roleCaller } from "../helpers/role-caller";
import { startWireServer, type WireServer } from "../fixtures/wire-server";

const MARKER = "INTERNAL-ONLY-7f3a";

/** A server that records every request and answers with whatever the test sets. */
interface Capture {
  url: string;
  requests: { path: string; authorization?: string; apiKey?: string }[];
  answer: { status: number; type: string; body: string; location?: string };
  close(): Promise<void>;
}
async function startCapture(): Promise<Capture> {
  const capture = { requests: [], answer: { status: 200, type: "application/json", body: '{"object":"list","data":[]}' } } as unknown as Capture;
  const server = http.createServer((req, res) => {
    capture.requests.push({ path: req.url!, authorization: req.headers.authorization, apiKey: req.headers["x-api-key"] as string | undefined });
    const { status, type, body, location } = capture.answer;
    res.writeHead(status, { "content-type": type, ...(location && { location }) }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  capture.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
  capture.close = () => new Promise((resolve) => server.close(() => resolve()));
  return capture;
}

let wire: WireServer;
let capture: Capture;
let call: Awaited<ReturnType<typeof roleCaller>>;

beforeAll(async () => {
  wire = await startWireServer();
  capture = await startCapture();
  call = await roleCaller(["admin", "editor", "reviewer"]);
});
afterAll(async () => {
  await wire.close();
  await capture.close();
});
afterEach(() => {
  capture.requests.length = 0;
  delete process.env.JUXTA_PROVIDER_HOSTS;
  resetEnvCache();
});


async function create(body: Record<string, unknown>): Promise<string> {
  const created = await call(createProvider, "admin", { body });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  return created.body.provider.id as string;
}
const test = async (id: string) => (await call(testProvider, "editor", { method: "POST", id })).body.test;

describe("a provider's key stays with its endpoint", () => {
  it("drops the key when an editor moves the provider, so the new host never sees it", async () => {
    for (const kind of ["openai_compatible", "openai", "anthropic"] as const) {
      const secret = `sk-admin-${kind}-secret-0042`;
      const id = await create({ name: `Keyed ${kind}`, kind, apiKey: secret, ...(kind === "openai_compatible" && { baseUrl: wire.openaiBaseUrl }) });
      const moved = await call(patchProvider, "editor", { method: "PATCH", id, body: { baseUrl: capture.url, ...(kind !== "openai_compatible" && { customEndpoint: true }) } });
      expect(moved.status, JSON.stringify(moved.body)).toBe(200);
      expect(moved.body.provider).toMatchObject({ baseUrl: capture.url, hasApiKey: false, apiKeyDisplay: null });
      expect(await db().provider.findUniqueOrThrow({ where: { id } })).toMatchObject({ apiKeyEncrypted: null, apiKeyDisplay: null });

      await test(id);
      expect(capture.requests.length).toBeGreaterThan(0);
      expect(JSON.stringify(capture.requests)).not.toContain(secret);
      capture.requests.length = 0;
    }
  });

  it("keeps a key that comes with the new endpoint, and one whose endpoint did not change", async () => {
    const id = await create({ name: "Rotated", kind: "openai_compatible", baseUrl: wire.openaiBaseUrl, apiKey: "sk-old-key-1111" });
    const same = await call(patchProvider, "editor", { method: "PATCH", id, body: { name: "Rotated again", baseUrl: wire.openaiBaseUrl } });
    expect(same.body.provider).toMatchObject({ hasApiKey: true, apiKeyDisplay: "sk-…1111" });
    const moved = await call(patchProvider, "editor", { method: "PATCH", id, body: { baseUrl: capture.url, apiKey: "sk-new-key-2222" } });
    expect(moved.body.provider).toMatchObject({ baseUrl: capture.url, hasApiKey: true, apiKeyDisplay: "sk-…2222" });
    await test(id);
    expect(capture.requests[0]?.authorization).toBe("Bearer sk-new-key-2222");
  });

  it("sends official kinds to their official API unless they are explicitly a custom endpoint", async () => {
    for (const kind of ["openai", "anthropic"] as const) {
      const refused = await call(createProvider, "admin", { body: { name: `Plain ${kind}`, kind, baseUrl: capture.url } });
      expect(refused.status).toBe(400);
      expect(refused.body.errors).toEqual([{ path: "baseUrl", message: expect.stringContaining("set customEndpoint to use a base URL") }]);
      const empty = await call(createProvider, "admin", { body: { name: `Empty ${kind}`, kind, customEndpoint: true } });
      expect(empty.body.errors).toEqual([{ path: "baseUrl", message: "A custom endpoint needs a base URL." }]);
    }
    const id = await create({ name: "Official", kind: "openai", apiKey: "sk-official-3333" });
    const patched = await call(patchProvider, "editor", { method: "PATCH", id, body: { baseUrl: capture.url } });
    expect(patched.status).toBe(400);
    expect(patched.body.errors[0].path).toBe("baseUrl");
    expect((await call(getProvider, "reviewer", { id })).body.provider).toMatchObject({ baseUrl: null, customEndpoint: false, hasApiKey: true });

    // A custom Anthropic endpoint works through the real SDK; turning the flag off returns to
    // the official API and drops the key given for the custom one.
    const custom = await create({ name: "Gateway", kind: "anthropic", customEndpoint: true, baseUrl: wire.anthropicBaseUrl, apiKey: "sk-ant-gw-4444" });
    expect(await test(custom)).toMatchObject({ ok: true });
    const official = await call(patchProvider, "editor", { method: "PATCH", id: custom, body: { customEndpoint: false } });
    expect(official.body.provider).toMatchObject({ baseUrl: null, customEndpoint: false, hasApiKey: false });
  });
});

describe("providers from the environment", () => {
  it("lose a key given for another endpoint when a restart resets theirs", async () => {
    await seedProviders({ OPENAI_BASE_URL: wire.openaiBaseUrl });
    const { id } = await db().provider.findUniqueOrThrow({ where: { name: "OpenAI-compatible" } });
    await call(patchProvider, "editor", { method: "PATCH", id, body: { baseUrl: capture.url, apiKey: "sk-for-capture-6666" } });
    await seedProviders({ OPENAI_BASE_URL: wire.openaiBaseUrl });
    expect(await db().provider.findUniqueOrThrow({ where: { id } })).toMatchObject({ baseUrl: wire.openaiBaseUrl, apiKeyEncrypted: null, apiKeyDisplay: null });
  });
});

describe("credentials in a base URL", () => {
  it("are masked in the list and the detail; the stored URL stays as written", async () => {
    const withCredentials = wire.openaiBaseUrl.replace("http://", "http://proxyuser:proxy-pass-77@") + "?api-key=url-secret-88&api-version=2024";
    const id = await create({ name: "Proxied", kind: "openai_compatible", baseUrl: withCredentials });
    const masked = wire.openaiBaseUrl.replace("http://", "http://proxyuser:***@") + "?api-key=***&api-version=2024";
    const detail = await call(getProvider, "reviewer", { id });
    const list = await call(listProviders, "reviewer");
    expect(detail.body.provider.baseUrl).toBe(masked);
    expect(list.body.providers.find((provider: { id: string }) => provider.id === id).baseUrl).toBe(masked);
    for (const body of [detail.body, list.body]) expect(JSON.stringify(body)).not.toMatch(/proxy-pass-77|url-secret-88/);

    // Sending the masked copy back (an edit form saving other fields) leaves the URL as it was.
    const renamed = await call(patchProvider, "editor", { method: "PATCH", id, body: { name: "Proxied 2", baseUrl: masked } });
    expect(renamed.status).toBe(200);
    expect((await db().provider.findUniqueOrThrow({ where: { id } })).baseUrl).toBe(withCredentials);
    // fetch refuses URLs with user info, and its error names the URL: that stays in the log.
    expect(JSON.stringify(await test(id))).not.toMatch(/proxy-pass-77|url-secret-88/);
  });
});

describe("errors from a provider", () => {
  it("show the status and a JSON error message, never a raw body", async () => {
    const id = await create({ name: "Leaky host", kind: "openai_compatible", baseUrl: capture.url });
    capture.answer = { status: 500, type: "text/html", body: `<html><body>db password: ${MARKER}</body></html>` };
    const failed = await test(id);
    expect(failed).toMatchObject({ ok: false, error: { kind: "server", message: "HTTP 500 from the provider." } });
    const listed = await call(remoteModels, "editor", { id });
    expect(listed.status).toBe(502);
    const completion = await completeOnce(adapterFor(await connectionFor(id)), { model: "m", messages: [{ role: "user", content: "hi" }], params: {} }, { prices: { inputPricePerMTok: "0", outputPricePerMTok: "0" }, maxAttempts: 1 });
    for (const shown of [JSON.stringify(failed), JSON.stringify(listed.body), completion.errorMessage]) expect(shown).not.toContain(MARKER);
    expect(completion).toMatchObject({ status: "error", errorKind: "server", errorMessage: "HTTP 500 from the provider." });

    capture.answer = { status: 200, type: "text/plain", body: `not json ${MARKER}` };
    expect(JSON.stringify(await test(id))).not.toContain(MARKER);
    capture.answer = { status: 200, type: "application/json", body: `{"broken": ${MARKER}` };
    expect(JSON.stringify(await test(id))).not.toContain(MARKER);

    capture.answer = { status: 403, type: "application/json", body: JSON.stringify({ error: { message: `Key revoked. ${"x".repeat(500)}` } }) };
    const json = await test(id);
    expect(json.error.kind).toBe("auth");
    expect(json.error.message).toMatch(/^HTTP 403 from the provider: Key revoked\. x+…$/);
    expect(json.error.message.length).toBeLessThan(340);
    capture.answer = { status: 200, type: "application/json", body: '{"object":"list","data":[]}' };
  });

  it("say a connection was refused without naming the host or port", async () => {
    const closedPort = await freePort();
    const id = await create({ name: "Closed port", kind: "openai_compatible", baseUrl: `http://127.0.0.1:${closedPort}/v1` });
    const failed = await test(id);
    expect(failed).toMatchObject({ ok: false, error: { kind: "network", message: "Could not reach the provider (connection refused)." } });
    const listed = await call(remoteModels, "editor", { id });
    expect(listed.body.detail).toBe("The provider did not list its models (network): Could not reach the provider (connection refused).");
    expect(JSON.stringify([failed, listed.body])).not.toMatch(new RegExp(`ECONNREFUSED|127\\.0\\.0\\.1|${closedPort}`));
  });
});

describe("hosts a provider may reach", () => {
  it("with JUXTA_PROVIDER_HOSTS set, refuses any other host before connecting", async () => {
    const id = await create({ name: "Unlisted", kind: "openai_compatible", baseUrl: capture.url });
    process.env.JUXTA_PROVIDER_HOSTS = "api.openai.com,*.example.com";
    resetEnvCache();
    const refused = await test(id);
    expect(refused).toMatchObject({ ok: false, error: { kind: "blocked", message: "The provider host 127.0.0.1 is not allowed (it is not listed in JUXTA_PROVIDER_HOSTS)." } });
    expect(capture.requests).toEqual([]);

    process.env.JUXTA_PROVIDER_HOSTS = `api.openai.com,127.0.0.1:${new URL(capture.url).port}`;
    resetEnvCache();
    expect(await test(id)).toMatchObject({ ok: true });
  });

  it("refuses the metadata address, directly or through a redirect", async () => {
    const direct = await create({ name: "Metadata", kind: "openai_compatible", baseUrl: "http://169.254.169.254/latest" });
    const message = "The provider host 169.254.169.254 is not allowed (link-local/metadata addresses are blocked; see JUXTA_PROVIDER_HOSTS).";
    expect(await test(direct)).toMatchObject({ ok: false, error: { kind: "blocked", message } });

    const redirecting = await create({ name: "Redirecting", kind: "openai_compatible", baseUrl: capture.url, apiKey: "sk-redirect-5555" });
    capture.answer = { status: 302, type: "text/plain", body: "", location: "http://169.254.169.254/latest/meta-data/iam/" };
    expect(await test(redirecting)).toMatchObject({ ok: false, error: { kind: "blocked", message } });
    expect(capture.requests).toHaveLength(1);
    const completion = await completeOnce(adapterFor(await connectionFor(redirecting)), { model: "m", messages: [{ role: "user", content: "hi" }], params: {} }, { prices: { inputPricePerMTok: "0", outputPricePerMTok: "0" } });
    // Not retried: a blocked host stays blocked.
    expect(completion).toMatchObject({ status: "error", errorKind: "blocked", errorMessage: message, attempts: 1 });
    capture.answer = { status: 200, type: "application/json", body: '{"object":"list","data":[]}' };
  });
});
