// CSRF through the real route handlers: a state-changing request made with the session cookie
// must come from our own origin (Sec-Fetch-Site, else Origin) and declare a JSON body; bearer
// clients are not affected. Sign-in, setup and sign-out are covered too (login CSRF).
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { POST as login } from "../../app/api/v1/auth/login/route";
import { POST as logout } from "../../app/api/v1/auth/logout/route";
import { GET as me } from "../../app/api/v1/auth/me/route";
import { POST as createPrompt } from "../../app/api/v1/prompts/route";
import { POST as setup } from "../../app/api/v1/setup/route";
import { createApiToken } from "../../lib/auth/api-tokens";
import { createUser } from "../../lib/auth/users";
import { resetEnvCache } from "../../lib/config/env";
import { db } from "../../lib/db/client";

const password = "correct horse battery";
let cookie: string;
let bearer: string;

const prompt = (name: string) => ({ name, messages: [{ role: "user", content: "Hi {{who}}" }] });

/** `raw` goes as bytes, so no Content-Type is added (a string body would get text/plain). */
function post(path: string, headers: Record<string, string>, body?: unknown, raw?: string) {
  return new Request(`http://juxta.test:3000${path}`, {
    method: "POST",
    headers: { host: "juxta.test:3000", ...headers },
    body: raw !== undefined ? new TextEncoder().encode(raw) : body === undefined ? undefined : JSON.stringify(body),
  });
}
const json = { "content-type": "application/json" };

beforeAll(async () => {
  const user = await createUser({ name: "Ed", email: "ed@example.com", password, role: "editor" });
  bearer = `Bearer ${(await createApiToken(user.id, "ci")).token}`;
  const signedIn = await login(post("/api/v1/auth/login", json, { email: "ed@example.com", password }));
  cookie = signedIn.headers.get("set-cookie")!.split(";")[0]!;
});

afterEach(() => {
  delete process.env.JUXTA_TRUST_PROXY;
  resetEnvCache();
});

describe("cookie requests", () => {
  it("refuses a same-site page on another port or subdomain, by Sec-Fetch-Site or by Origin", async () => {
    const bySite = await createPrompt(post("/api/v1/prompts", { ...json, cookie, "sec-fetch-site": "same-site", origin: "http://juxta.test:8080" }, prompt("a")));
    expect(bySite.status).toBe(403);
    expect(bySite.headers.get("content-type")).toBe("application/problem+json");
    expect((await bySite.json()).detail).toContain("Cross-origin request refused");

    for (const origin of ["http://juxta.test:8080", "http://evil.juxta.test:3000", "https://juxta.test:3000", "null"]) {
      expect((await createPrompt(post("/api/v1/prompts", { ...json, cookie, origin }, prompt("b")))).status).toBe(403);
    }
    expect((await createPrompt(post("/api/v1/prompts", { ...json, cookie, "sec-fetch-site": "cross-site" }, prompt("c")))).status).toBe(403);
    expect(await db().prompt.count()).toBe(0);
  });

  it("refuses a body that is not declared as JSON (what a cross-site form or no-cors fetch sends)", async () => {
    const asText = await createPrompt(post("/api/v1/prompts", { cookie, "content-type": "text/plain" }, prompt("d")));
    expect(asText.status).toBe(415);
    const untyped = await createPrompt(post("/api/v1/prompts", { cookie }, undefined, JSON.stringify(prompt("e"))));
    expect(untyped.status).toBe(415);
    expect((await createPrompt(post("/api/v1/prompts", { cookie }, undefined, JSON.stringify(prompt("e"))))).headers.get("content-type")).toBe("application/problem+json");
    expect((await untyped.json()).detail).toContain("Content-Type: application/json");
    expect(await db().prompt.count()).toBe(0);
  });

  it("accepts our own pages: Sec-Fetch-Site same-origin, or a matching Origin when that header is absent", async () => {
    expect((await createPrompt(post("/api/v1/prompts", { ...json, cookie, "sec-fetch-site": "same-origin", origin: "http://juxta.test:3000" }, prompt("f")))).status).toBe(201);
    expect((await createPrompt(post("/api/v1/prompts", { ...json, cookie, origin: "http://juxta.test:3000" }, prompt("g")))).status).toBe(201);
  });

  it("takes the scheme from X-Forwarded-Proto only behind a trusted proxy", async () => {
    const https = { ...json, cookie, origin: "https://juxta.test:3000", "x-forwarded-proto": "https" };
    expect((await createPrompt(post("/api/v1/prompts", https, prompt("h")))).status).toBe(403);
    process.env.JUXTA_TRUST_PROXY = "1";
    resetEnvCache();
    expect((await createPrompt(post("/api/v1/prompts", https, prompt("h")))).status).toBe(201);
  });
});

describe("bearer requests", () => {
  it("are not affected: no cookie, so nothing to forge", async () => {
    const response = await createPrompt(post("/api/v1/prompts", { authorization: bearer, origin: "http://elsewhere.test" }, undefined, JSON.stringify(prompt("i"))));
    expect(response.status).toBe(201);
  });
});

describe("sign-in, setup and sign-out (login CSRF)", () => {
  it("refuses them from another origin", async () => {
    const foreign = { ...json, origin: "http://juxta.test:8080", "sec-fetch-site": "same-site" };
    expect((await login(post("/api/v1/auth/login", foreign, { email: "ed@example.com", password }))).status).toBe(403);
    expect((await setup(post("/api/v1/setup", foreign, { name: "Mal", email: "mal@example.com", password }))).status).toBe(403);
    const out = await logout(post("/api/v1/auth/logout", { cookie, origin: "http://juxta.test:8080" }));
    expect(out.status).toBe(403);
    expect((await me(new Request("http://juxta.test:3000/api/v1/auth/me", { headers: { cookie } }))).status).toBe(200);
  });

  it("accepts them from our own pages", async () => {
    const own = { ...json, origin: "http://juxta.test:3000", "sec-fetch-site": "same-origin" };
    expect((await login(post("/api/v1/auth/login", own, { email: "ed@example.com", password }))).status).toBe(200);
  });
});
