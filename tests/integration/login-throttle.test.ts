// Sign-in throttling through the real login route and database: per account and per client
// address, exponential backoff, 429 with Retry-After, reset by a successful sign-in.
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { POST as login } from "../../app/api/v1/auth/login/route";
import { ACCOUNT_RULE, ADDRESS_RULE } from "../../lib/auth/login-throttle";
import { createUser } from "../../lib/auth/users";
import { resetEnvCache } from "../../lib/config/env";
import { db } from "../../lib/db/client";

const password = "correct horse battery";

function attempt(email: string, guess: string, address: string, headers: Record<string, string> = {}) {
  return login(
    new Request("http://localhost/api/v1/auth/login", {
      method: "POST",
      headers: { "content-type": "application/json", "x-forwarded-for": address, ...headers },
      body: JSON.stringify({ email, password: guess }),
    }),
  );
}

/** "The wait is over": what the clock would do, without a test that sleeps for 30 s. */
async function endLocks() {
  await db().loginThrottle.updateMany({ data: { lockedUntil: new Date(Date.now() - 1000) } });
}

beforeAll(async () => {
  for (const name of ["ada", "bob", "cy", "dee", "eve"]) {
    await createUser({ name, email: `${name}@example.com`, password, role: "editor" });
  }
});

afterEach(() => {
  delete process.env.JUXTA_TRUST_PROXY;
  resetEnvCache();
});

describe("per account", () => {
  it("answers a parallel burst of wrong passwords with 429 after the free attempts, even from many addresses", async () => {
    const burst = await Promise.all(Array.from({ length: 12 }, (_, index) => attempt("ada@example.com", `wrong-${index}`, `10.0.0.${index}`)));
    const statuses = burst.map((response) => response.status).sort();
    expect(statuses).toEqual([...Array(ACCOUNT_RULE.free).fill(401), ...Array(12 - ACCOUNT_RULE.free).fill(429)]);
    const refused = burst.find((response) => response.status === 429)!;
    expect(refused.headers.get("content-type")).toBe("application/problem+json");
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThanOrEqual(29);
    expect((await refused.json()).detail).toMatch(/^Too many sign-in attempts; try again in (29|30) s\.$/);
  });

  it("refuses even the right password during the lockout, and lets it in after the wait", async () => {
    const during = await attempt("ADA@example.com", password, "10.0.1.1");
    expect(during.status).toBe(429);
    expect(during.headers.get("set-cookie")).toBeNull();
    await endLocks();
    const after = await attempt("ada@example.com", password, "10.0.1.1");
    expect(after.status).toBe(200);
  });

  it("backs off exponentially and starts again from zero after a success", async () => {
    for (let index = 0; index < ACCOUNT_RULE.free; index++) expect((await attempt("bob@example.com", "nope", "10.0.2.1")).status).toBe(401);
    await endLocks();
    expect((await attempt("bob@example.com", "nope", "10.0.2.1")).status).toBe(401);
    const second = await attempt("bob@example.com", "nope", "10.0.2.1");
    expect(Number(second.headers.get("retry-after"))).toBeGreaterThanOrEqual(59);
    expect((await second.json()).detail).toBe("Too many sign-in attempts; try again in 60 s.");

    await endLocks();
    expect((await attempt("bob@example.com", password, "10.0.2.1")).status).toBe(200);
    for (let index = 0; index < ACCOUNT_RULE.free; index++) expect((await attempt("bob@example.com", "nope", "10.0.2.1")).status).toBe(401);
  });
});

describe("per client address", () => {
  it("limits one address guessing across many accounts, and not another address", async () => {
    const accounts = ["cy", "dee", "eve", "nobody1", "nobody2"].map((name) => `${name}@example.com`);
    const statuses: number[] = [];
    for (let index = 0; index < ADDRESS_RULE.free + 2; index++) {
      statuses.push((await attempt(accounts[index % accounts.length]!, "guess", "203.0.113.9")).status);
    }
    expect(statuses.slice(0, ADDRESS_RULE.free).every((status) => status === 401)).toBe(true);
    expect(statuses.slice(ADDRESS_RULE.free)).toEqual([429, 429]);
    // The right password of an untouched account from that address waits too; elsewhere it works.
    expect((await attempt("eve@example.com", password, "203.0.113.9")).status).toBe(429);
    expect((await attempt("eve@example.com", password, "198.51.100.7")).status).toBe(200);
  });

  it("does not count successful sign-ins against the address", async () => {
    for (let index = 0; index < ADDRESS_RULE.free + 5; index++) {
      expect((await attempt("eve@example.com", password, "192.0.2.50")).status).toBe(200);
    }
  });

  it("believes only the last X-Forwarded-For entry behind a trusted proxy, and none of a client's own", async () => {
    await attempt("nobody3@example.com", "guess", "1.1.1.1, 192.0.2.77");
    expect(await db().loginThrottle.findUnique({ where: { key: "ip:1.1.1.1" } })).not.toBeNull();
    process.env.JUXTA_TRUST_PROXY = "1";
    resetEnvCache();
    await attempt("nobody3@example.com", "guess", "6.6.6.6, 192.0.2.78");
    expect(await db().loginThrottle.findUnique({ where: { key: "ip:192.0.2.78" } })).not.toBeNull();
    expect(await db().loginThrottle.findUnique({ where: { key: "ip:6.6.6.6" } })).toBeNull();
  });
});
