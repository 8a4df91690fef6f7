// Provider keys must never leave the server: not in any API response or page, for any role, and
// not in the logs. Every GET route and every page is discovered from the app/ tree, so a route
// added later is checked too.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startJuxtaServer, type JuxtaServer } from "../helpers/juxta-server";

const root = path.resolve(import.meta.dirname, "..", "..");
const envKeys = { OPENAI_API_KEY: "sk-leak-openai-0123456789abcdef", ANTHROPIC_API_KEY: "sk-ant-leak-0123456789abcdef" };
const apiKey = "sk-leak-created-0123456789abcdef";
const rotatedKey = "sk-leak-rotated-0123456789abcdef";
// Credentials written into a base URL are secrets too: views show them masked.
const urlSecrets = ["url-pass-0123456789", "url-key-0123456789"];
const urlWithCredentials = `http://proxyuser:${urlSecrets[0]}@127.0.0.1:9/v1?api-key=${urlSecrets[1]}`;
const password = "correct horse battery";

let server: JuxtaServer;
const cookies: Record<string, string> = {};
const ids: Record<string, string> = {};
const mutationBodies: string[] = [];

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

/** URL paths of route files (GET only) and pages, with [id] filled from the records we made. */
function discover() {
  const app = path.join(root, "app");
  const toPath = (file: string) =>
    ("/" + path.relative(app, path.dirname(file)))
      .split("/")
      .filter((segment) => !/^\(.*\)$/.test(segment) && !segment.startsWith("_"))
      .join("/")
      .replace(/\/\[\.\.\.\w+\]$/, "/anything")
      .replace(/(\w+)\/\[id\]/g, (_, parent: string) => `${parent}/${ids[parent] ?? "01a206e6-fdeb-7699-84c1-1ca722d058fc"}`) || "/";
  const files = walk(app);
  const apiGets = files.filter((file) => file.endsWith("route.ts") && /export const GET|as GET/.test(readFileSync(file, "utf8"))).map(toPath);
  const pages = files.filter((file) => file.endsWith("page.tsx")).map(toPath);
  return { apiGets, pages };
}

async function call(method: string, url: string, cookie?: string, body?: unknown) {
  const response = await fetch(`${server.baseUrl}${url}`, {
    method,
    redirect: "manual",
    headers: { ...(cookie && { cookie }), ...(body !== undefined && { "content-type": "application/json" }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, text: await response.text(), setCookie: response.headers.get("set-cookie") };
}

async function login(email: string) {
  const response = await call("POST", "/api/v1/auth/login", undefined, { email, password });
  expect(response.status).toBe(200);
  return response.setCookie!.split(";")[0]!;
}

beforeAll(async () => {
  server = await startJuxtaServer("secret-leaks", envKeys);
  expect((await call("POST", "/api/v1/setup", undefined, { name: "Ada", email: "admin@example.com", password })).status).toBe(201);
  cookies.admin = await login("admin@example.com");
  for (const role of ["editor", "reviewer"]) {
    expect((await call("POST", "/api/v1/users", cookies.admin, { name: role, email: `${role}@example.com`, password, role })).status).toBe(201);
    cookies[role] = await login(`${role}@example.com`);
  }
  const created = await call("POST", "/api/v1/providers", cookies.editor, { name: "Leaky", kind: "openai_compatible", baseUrl: "http://127.0.0.1:9/v1", apiKey });
  expect(created.status).toBe(201);
  mutationBodies.push(created.text);
  ids.providers = (JSON.parse(created.text) as { provider: { id: string } }).provider.id;
  const patched = await call("PATCH", `/api/v1/providers/${ids.providers}`, cookies.editor, { apiKey: rotatedKey });
  mutationBodies.push(patched.text);
  const models = JSON.parse((await call("GET", "/api/v1/models", cookies.reviewer)).text) as { models: { id: string }[] };
  ids.models = models.models[0]!.id;
  const variant = await call("POST", "/api/v1/variants", cookies.editor, { name: "v1", modelId: ids.models });
  ids.variants = (JSON.parse(variant.text) as { variant: { id: string } }).variant.id;
  mutationBodies.push(variant.text);
  mutationBodies.push((await call("POST", `/api/v1/providers/${ids.providers}/test`, cookies.editor)).text);
  const proxied = await call("POST", "/api/v1/providers", cookies.admin, { name: "Proxied", kind: "openai_compatible", baseUrl: urlWithCredentials });
  expect(proxied.status).toBe(201);
  mutationBodies.push(proxied.text);
  const proxiedId = (JSON.parse(proxied.text) as { provider: { id: string } }).provider.id;
  mutationBodies.push((await call("POST", `/api/v1/providers/${proxiedId}/test`, cookies.editor)).text);
});

afterAll(async () => {
  await server?.stop();
});

async function ciphertexts(): Promise<string[]> {
  const { databaseUrl } = JSON.parse(readFileSync(path.join(server.dataDir, "juxta-runtime.json"), "utf8")) as { databaseUrl: string };
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ apiKeyEncrypted: string }>(`SELECT "apiKeyEncrypted" FROM "Provider" WHERE "apiKeyEncrypted" IS NOT NULL`);
    return rows.map((row) => row.apiKeyEncrypted);
  } finally {
    await client.end();
  }
}

describe("API keys never leave the server", () => {
  it("are stored encrypted for env-seeded and created providers", async () => {
    const sealed = await ciphertexts();
    expect(sealed).toHaveLength(3);
    for (const value of sealed) expect(value).toMatch(/^v1\./);
  });

  it("appear in no API response and no page, for any role", async () => {
    const secrets = [...Object.values(envKeys), apiKey, rotatedKey, ...urlSecrets, ...(await ciphertexts())];
    const { apiGets, pages } = discover();
    expect(apiGets).toEqual(expect.arrayContaining(["/api/v1/providers", "/api/v1/models", "/api/v1/variants", `/api/v1/providers/${ids.providers}`]));
    expect(pages).toEqual(expect.arrayContaining(["/settings/providers", "/settings/variants"]));
    const bodies: { where: string; text: string }[] = mutationBodies.map((text) => ({ where: "mutation response", text }));
    for (const [role, cookie] of Object.entries(cookies)) {
      for (const url of [...apiGets, ...pages]) {
        const response = await call("GET", url, cookie);
        expect(response.status, `${role} ${url}`).not.toBe(500);
        bodies.push({ where: `${role} GET ${url}`, text: response.text });
      }
    }
    for (const { where, text } of bodies) {
      for (const secret of secrets) expect(text.includes(secret), `${where} contains a secret`).toBe(false);
    }
    // The masked copies are what people see.
    expect(bodies.some(({ text }) => text.includes("sk-…cdef"))).toBe(true);
    expect(bodies.some(({ text }) => text.includes("http://proxyuser:***@127.0.0.1:9/v1?api-key=***"))).toBe(true);
  });

  it("are not written to the logs", async () => {
    const secrets = [...Object.values(envKeys), apiKey, rotatedKey, ...urlSecrets, ...(await ciphertexts())];
    const log = server.log();
    expect(log.length).toBeGreaterThan(0);
    for (const secret of secrets) expect(log.includes(secret)).toBe(false);
  });
});
