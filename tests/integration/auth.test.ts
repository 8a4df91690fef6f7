// Auth end to end through the real route handlers and a real database: setup, login, cookies,
// bearer tokens, roles.
import { describe, expect, it } from "vitest";
import { POST as login } from "../../app/api/v1/auth/login/route";
import { POST as logout } from "../../app/api/v1/auth/logout/route";
import { GET as me } from "../../app/api/v1/auth/me/route";
import { POST as setup } from "../../app/api/v1/setup/route";
import { DELETE as revokeToken } from "../../app/api/v1/tokens/[id]/route";
import { GET as listTokens, POST as createToken } from "../../app/api/v1/tokens/route";
import { GET as listUsers, POST as createUserRoute } from "../../app/api/v1/users/route";
import { createUser } from "../../lib/auth/users";
import { resetEnvCache } from "../../lib/config/env";
import { db } from "../../lib/db/client";

const admin = { name: "Ada", email: "ada@example.com", password: "correct horse battery" };

function json(path: string, body: unknown, headers: Record<string, string> = {}) {
  return new Request(`http://localhost${path}`, { method: "POST", body: JSON.stringify(body), headers: { "content-type": "application/json", ...headers } });
}
const get = (path: string, headers: Record<string, string> = {}) => new Request(`http://localhost${path}`, { headers });
const cookieOf = (response: Response) => response.headers.get("set-cookie")!.split(";")[0]!;

describe("first-run setup", () => {
  it("creates exactly one admin when two setups race", async () => {
    const results = await Promise.all([
      setup(json("/api/v1/setup", admin)),
      setup(json("/api/v1/setup", { ...admin, email: "eve@example.com" })),
    ]);
    expect(results.map((response) => response.status).sort()).toEqual([201, 409]);
    expect(await db().user.count()).toBe(1);
    const winner = results.find((response) => response.status === 201)!;
    const cookie = winner.headers.get("set-cookie")!;
    expect(cookie).toMatch(/^juxta_session=jxs_[\w-]+; Path=\/; HttpOnly; SameSite=Lax; Max-Age=\d+$/);
  });

  it("stores an argon2id hash, never the password", async () => {
    const user = await db().user.findFirstOrThrow();
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(user.passwordHash).not.toContain(admin.password);
  });
});

describe("login", () => {
  it("signs in, knows who you are from the cookie, and signs out", async () => {
    const email = (await db().user.findFirstOrThrow()).email;
    const response = await login(json("/api/v1/auth/login", { email: email.toUpperCase(), password: admin.password }));
    expect(response.status).toBe(200);
    const cookie = cookieOf(response);
    const who = await me(get("/api/v1/auth/me", { cookie }));
    expect((await who.json()).user.email).toBe(email);

    const out = await logout(new Request("http://localhost/api/v1/auth/logout", { method: "POST", headers: { cookie } }));
    expect(out.status).toBe(204);
    expect(out.headers.get("set-cookie")).toContain("Max-Age=0");
    expect((await me(get("/api/v1/auth/me", { cookie }))).status).toBe(401);
  });

  it("marks the cookie Secure behind an HTTPS proxy the operator trusts, and only then", async () => {
    const email = (await db().user.findFirstOrThrow()).email;
    const claimed = await login(json("/api/v1/auth/login", { email, password: admin.password }, { "x-forwarded-proto": "https" }));
    expect(claimed.headers.get("set-cookie")).not.toContain("Secure");
    process.env.JUXTA_TRUST_PROXY = "1";
    resetEnvCache();
    try {
      const response = await login(json("/api/v1/auth/login", { email, password: admin.password }, { "x-forwarded-proto": "https" }));
      expect(response.headers.get("set-cookie")).toContain("; Secure");
    } finally {
      delete process.env.JUXTA_TRUST_PROXY;
      resetEnvCache();
    }
  });

  it("gives the same answer for a wrong password and an unknown email", async () => {
    const email = (await db().user.findFirstOrThrow()).email;
    const wrong = await login(json("/api/v1/auth/login", { email, password: "nope-nope" }));
    const unknown = await login(json("/api/v1/auth/login", { email: "nobody@example.com", password: "nope-nope" }));
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect((await wrong.json()).detail).toBe((await unknown.json()).detail);
  });

  it("rejects an expired login session", async () => {
    const email = (await db().user.findFirstOrThrow()).email;
    const cookie = cookieOf(await login(json("/api/v1/auth/login", { email, password: admin.password })));
    await db().authSession.updateMany({ data: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await me(get("/api/v1/auth/me", { cookie }))).status).toBe(401);
  });
});

describe("roles and API tokens", () => {
  it("lets an admin create users and keeps reviewers out of user management", async () => {
    const adminUser = await db().user.findFirstOrThrow({ where: { role: "admin" } });
    const adminCookie = cookieOf(await login(json("/api/v1/auth/login", { email: adminUser.email, password: admin.password })));
    const created = await createUserRoute(
      json("/api/v1/users", { name: "Rita", email: "rita@example.com", password: "reviewer-pass", role: "reviewer" }, { cookie: adminCookie }),
    );
    expect(created.status).toBe(201);
    const duplicate = await createUserRoute(
      json("/api/v1/users", { name: "Rita", email: "rita@example.com", password: "reviewer-pass", role: "reviewer" }, { cookie: adminCookie }),
    );
    expect(duplicate.status).toBe(409);

    const reviewerCookie = cookieOf(await login(json("/api/v1/auth/login", { email: "rita@example.com", password: "reviewer-pass" })));
    const denied = await listUsers(get("/api/v1/users", { cookie: reviewerCookie }));
    expect(denied.status).toBe(403);
    expect(denied.headers.get("content-type")).toBe("application/problem+json");
    expect((await listUsers(get("/api/v1/users", { cookie: adminCookie }))).status).toBe(200);
  });

  it("authenticates bearer tokens, stores only their hash, and honours revocation", async () => {
    const editor = await createUser({ name: "Ed", email: "ed@example.com", password: "editor-pass", role: "editor" });
    const cookie = cookieOf(await login(json("/api/v1/auth/login", { email: editor.email, password: "editor-pass" })));
    const created = await createToken(json("/api/v1/tokens", { name: "ci" }, { cookie }));
    expect(created.status).toBe(201);
    const { token } = (await created.json()) as { token: { id: string; token: string } };
    expect(token.token).toMatch(/^jxt_/);

    const stored = await db().apiToken.findUniqueOrThrow({ where: { id: token.id } });
    expect(stored.tokenHash).not.toContain(token.token);
    const listed = await (await listTokens(get("/api/v1/tokens", { cookie }))).text();
    expect(listed).not.toContain(token.token);

    const bearer = { authorization: `Bearer ${token.token}` };
    expect((await (await me(get("/api/v1/auth/me", bearer))).json()).user.email).toBe("ed@example.com");
    expect((await me(get("/api/v1/auth/me", { authorization: "Bearer jxt_forged" }))).status).toBe(401);

    const revoked = await revokeToken(new Request(`http://localhost/api/v1/tokens/${token.id}`, { method: "DELETE", headers: { cookie } }), {
      params: Promise.resolve({ id: token.id }),
    });
    expect(revoked.status).toBe(204);
    expect((await me(get("/api/v1/auth/me", bearer))).status).toBe(401);
  });
});
