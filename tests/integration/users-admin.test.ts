// Token expiry and what an admin does to other users, through the real route handlers and a real
// database: roles, deactivation (which must end sessions and tokens at once), and the rule that
// Juxta never ends up without an active admin.
import { beforeAll, describe, expect, it } from "vitest";
import { POST as login } from "../../app/api/v1/auth/login/route";
import { GET as me } from "../../app/api/v1/auth/me/route";
import { GET as listOwnTokens, POST as createToken } from "../../app/api/v1/tokens/route";
import { PATCH as changeUser } from "../../app/api/v1/users/[id]/route";
import { DELETE as revokeUserToken } from "../../app/api/v1/users/[id]/tokens/[tokenId]/route";
import { GET as listUserTokens } from "../../app/api/v1/users/[id]/tokens/route";
import { GET as listUsers } from "../../app/api/v1/users/route";
import { createApiToken } from "../../lib/auth/api-tokens";
import { startLoginSession } from "../../lib/auth/login-sessions";
import { hashSecret, newSecret } from "../../lib/auth/secret-tokens";
import { createUser } from "../../lib/auth/users";
import { db } from "../../lib/db/client";

const password = "long-enough-pass";
const bearer: Record<string, string> = {};
const ids: Record<string, string> = {};

beforeAll(async () => {
  for (const [who, role] of [["ada", "admin"], ["bob", "admin"], ["eve", "editor"], ["rita", "reviewer"]] as const) {
    const user = await createUser({ name: who, email: `${who}@example.com`, password, role });
    ids[who] = user.id;
    bearer[who] = `Bearer ${(await createApiToken(user.id, "main")).token}`;
  }
});

type Handler = (request: Request, args: { params: Promise<Record<string, string>> }) => Promise<Response>;
async function call(handler: Handler, auth: Record<string, string>, method: string, body?: unknown, params: Record<string, string> = {}) {
  const response = await handler(
    new Request("http://localhost/api/v1/x", { method, headers: { ...auth, "content-type": "application/json" }, body: body === undefined ? undefined : JSON.stringify(body) }),
    { params: Promise.resolve(params) },
  );
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null };
}
const as = (who: string) => ({ authorization: bearer[who]! });
const whoAmI = (auth: Record<string, string>) => call(me, auth, "GET");
const signIn = (email: string, pass = password) => login(new Request("http://localhost/api/v1/auth/login", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ email, password: pass }) }));

describe("API token expiry", () => {
  it("defaults to 90 days, takes 1 to 365, and lists the expiry", async () => {
    const made = await call(createToken, as("rita"), "POST", { name: "ci" });
    expect(made.status).toBe(201);
    expect(Math.round((Date.parse(made.body.token.expiresAt) - Date.now()) / 86_400_000)).toBe(90);
    const week = await call(createToken, as("rita"), "POST", { name: "week", expiresInDays: 7 });
    expect(Math.round((Date.parse(week.body.token.expiresAt) - Date.now()) / 86_400_000)).toBe(7);
    for (const expiresInDays of [0, 366, 1.5, null, "never"]) {
      const refused = await call(createToken, as("rita"), "POST", { name: `bad-${String(expiresInDays)}`, expiresInDays });
      expect(refused.status).toBe(400);
      expect(JSON.stringify(refused.body)).toContain("expiresInDays");
    }
    const listed = await call(listOwnTokens, as("rita"), "GET");
    expect(listed.body.tokens.find((token: { name: string }) => token.name === "week").expiresAt).toBe(week.body.token.expiresAt);
  });

  it("authenticates nobody once expired", async () => {
    const made = await call(createToken, as("rita"), "POST", { name: "short", expiresInDays: 1 });
    const auth = { authorization: `Bearer ${made.body.token.token}` };
    expect((await whoAmI(auth)).status).toBe(200);
    await db().apiToken.update({ where: { id: made.body.token.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await whoAmI(auth)).status).toBe(401);
  });
});

describe("an admin and other users' tokens", () => {
  it("lists and revokes any user's token; nobody else may", async () => {
    const listed = await call(listUserTokens, as("ada"), "GET", undefined, { id: ids.eve! });
    expect(listed.status).toBe(200);
    const token = listed.body.tokens.find((row: { name: string }) => row.name === "main");
    expect(token).toMatchObject({ prefix: expect.stringMatching(/^jxt_/), expiresAt: expect.any(String) });
    expect(JSON.stringify(listed.body)).not.toMatch(/tokenHash|jxt_[\w-]{30,}/);

    const params = { id: ids.eve!, tokenId: token.id };
    expect((await call(listUserTokens, as("eve"), "GET", undefined, { id: ids.eve! })).status).toBe(403);
    expect((await call(revokeUserToken, as("eve"), "DELETE", undefined, params)).status).toBe(403);
    expect((await call(revokeUserToken, as("ada"), "DELETE", undefined, { id: ids.rita!, tokenId: token.id })).status).toBe(404);
    expect((await call(revokeUserToken, as("ada"), "DELETE", undefined, params)).status).toBe(204);
    expect((await whoAmI(as("eve"))).status).toBe(401);
    expect((await call(revokeUserToken, as("ada"), "DELETE", undefined, params)).status).toBe(404);
    bearer.eve = `Bearer ${(await createApiToken(ids.eve!, "second")).token}`;
  });
});

describe("roles", () => {
  it("lets an admin change a role, which applies to the very next request", async () => {
    expect((await call(listUsers, as("eve"), "GET")).status).toBe(403);
    const promoted = await call(changeUser, as("ada"), "PATCH", { role: "admin" }, { id: ids.eve! });
    expect(promoted).toMatchObject({ status: 200, body: { user: { role: "admin", deactivatedAt: null } } });
    expect((await call(listUsers, as("eve"), "GET")).status).toBe(200);
    expect((await call(changeUser, as("ada"), "PATCH", { role: "editor" }, { id: ids.eve! })).status).toBe(200);
    expect((await call(listUsers, as("eve"), "GET")).status).toBe(403);
  });

  it("refuses bad input, non-admins, and an admin demoting or deactivating themselves", async () => {
    expect((await call(changeUser, as("ada"), "PATCH", { role: "boss" }, { id: ids.eve! })).status).toBe(400);
    expect((await call(changeUser, as("ada"), "PATCH", {}, { id: ids.eve! })).status).toBe(400);
    expect((await call(changeUser, as("ada"), "PATCH", { role: "admin" }, { id: "0197a000-0000-7000-8000-000000000000" })).status).toBe(404);
    expect((await call(changeUser, as("eve"), "PATCH", { role: "admin" }, { id: ids.eve! })).status).toBe(403);
    for (const change of [{ role: "editor" }, { active: false }]) {
      const self = await call(changeUser, as("ada"), "PATCH", change, { id: ids.ada! });
      expect(self.status).toBe(409);
      expect(self.body.detail).toContain("yourself");
    }
  });

  it("never leaves Juxta without an active admin when two admins demote each other at once", async () => {
    for (let round = 0; round < 5; round++) {
      const [first, second] = await Promise.all([
        call(changeUser, as("ada"), "PATCH", round % 2 ? { active: false } : { role: "reviewer" }, { id: ids.bob! }),
        call(changeUser, as("bob"), "PATCH", { role: "editor" }, { id: ids.ada! }),
      ]);
      expect([first.status, second.status].sort()).toEqual([200, 403]);
      expect(await db().user.count({ where: { role: "admin", deactivatedAt: null } })).toBe(1);
      // Put both back for the next round (whoever won restores the other).
      const winner = first.status === 200 ? "ada" : "bob";
      const loser = winner === "ada" ? "bob" : "ada";
      await call(changeUser, as(winner), "PATCH", { role: "admin", active: true }, { id: ids[loser]! });
      bearer[loser] = `Bearer ${(await createApiToken(ids[loser]!, `round-${round}`)).token}`;
    }
  });
});

describe("deactivation", () => {
  it("ends the user's sessions and tokens at once, and they cannot sign in until reactivated", async () => {
    const cookie = (await signIn("rita@example.com")).headers.get("set-cookie")!.split(";")[0]!;
    expect((await whoAmI({ cookie })).status).toBe(200);
    expect((await whoAmI(as("rita"))).status).toBe(200);

    const done = await call(changeUser, as("ada"), "PATCH", { active: false }, { id: ids.rita! });
    expect(done.status).toBe(200);
    expect(done.body.user.deactivatedAt).toEqual(expect.any(String));
    expect((await whoAmI({ cookie })).status).toBe(401);
    expect((await whoAmI(as("rita"))).status).toBe(401);
    expect(await db().authSession.count({ where: { userId: ids.rita! } })).toBe(0);
    expect(await db().apiToken.count({ where: { userId: ids.rita!, revokedAt: null } })).toBe(0);

    // A session or token that appears anyway (started while the deactivation ran) is refused too.
    const late = await startLoginSession(ids.rita!);
    expect((await whoAmI({ cookie: `juxta_session=${late.token}` })).status).toBe(401);
    const sneaked = newSecret("jxt");
    await db().apiToken.create({ data: { userId: ids.rita!, name: "late", tokenHash: hashSecret(sneaked), prefix: sneaked.slice(0, 10), expiresAt: new Date(Date.now() + 86_400_000) } });
    expect((await whoAmI({ authorization: `Bearer ${sneaked}` })).status).toBe(401);
    await expect(createApiToken(ids.rita!, "new")).rejects.toThrow("deactivated");

    const wrong = await signIn("rita@example.com", "wrong-password");
    expect(wrong.status).toBe(401);
    const right = await signIn("rita@example.com");
    expect(right.status).toBe(403);
    expect((await right.json()).detail).toContain("deactivated");
    expect(right.headers.get("set-cookie")).toBeNull();

    const listed = await call(listUsers, as("ada"), "GET");
    expect(listed.body.users.find((user: { id: string }) => user.id === ids.rita).deactivatedAt).toEqual(expect.any(String));

    expect((await call(changeUser, as("ada"), "PATCH", { active: true }, { id: ids.rita! })).body.user.deactivatedAt).toBeNull();
    expect((await signIn("rita@example.com")).status).toBe(200);
    expect((await whoAmI(as("rita"))).status).toBe(401);
  });
});

describe("password reset by an admin", () => {
  it("sets a new password that signs in, ends the old sessions, keeps API tokens, and is an admin's alone", async () => {
    await createUser({ name: "pam", email: "pam@example.com", password, role: "editor" });
    const pam = (await db().user.findUniqueOrThrow({ where: { email: "pam@example.com" } })).id;
    const token = { authorization: `Bearer ${(await createApiToken(pam, "ci")).token}` };
    const cookie = (await signIn("pam@example.com")).headers.get("set-cookie")!.split(";")[0]!;
    expect((await whoAmI({ cookie })).status).toBe(200);

    expect((await call(changeUser, as("eve"), "PATCH", { password: "another-long-one" }, { id: pam })).status).toBe(403);
    const short = await call(changeUser, as("ada"), "PATCH", { password: "short" }, { id: pam });
    expect(short.status).toBe(400);
    expect(JSON.stringify(short.body)).toContain("password");

    const reset = await call(changeUser, as("ada"), "PATCH", { password: "another-long-one" }, { id: pam });
    expect(reset.status).toBe(200);
    expect(JSON.stringify(reset.body)).not.toMatch(/passwordHash|another-long-one/);
    expect((await whoAmI({ cookie })).status).toBe(401);
    expect((await whoAmI(token)).status).toBe(200);
    expect((await signIn("pam@example.com")).status).toBe(401);
    expect((await signIn("pam@example.com", "another-long-one")).status).toBe(200);
  });
});
